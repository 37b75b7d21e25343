package dev.chipscreen.core.lists.csl;

/**
 * One row of the trade.gov Consolidated Screening List CSV, one field per column used.
 *
 * @param id              _id: the row id (a hash in current files)
 * @param source          source: the list's full name, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param entityNumber    entity_number: the source list's own id (OFAC ent_num), often empty
 * @param type            type: Individual, Entity, Vessel, Aircraft, or empty
 * @param programs        programs: "; "-separated program tags
 * @param name            name
 * @param addresses       addresses: "; "-separated, each ending in an ISO-2 country code
 * @param federalRegister federal_register_notice
 * @param licenseRequirement license_requirement
 * @param licensePolicy   license_policy
 * @param altNames        alt_names: "; "-separated
 */
public record CslRecord(String id, String source, String entityNumber, String type, String programs, String name,
                        String addresses, String federalRegister, String licenseRequirement, String licensePolicy,
                        String altNames) {
}
