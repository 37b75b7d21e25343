package dev.chipscreen.core.lists.ofac;

/** OFAC's legacy CSV rows, one field per column, as OFAC names them. */
final class OfacRecords {

  private OfacRecords() {
  }

  /**
   * A row of sdn.csv (or cons_prim.csv).
   *
   * @param entNum   ent_num: the entry's id, shared by its addresses and aliases
   * @param name     SDN_Name
   * @param type     SDN_Type: individual, vessel, aircraft, or null for an entity
   * @param program  Program: tags, several written as "A] [B"
   * @param title    Title
   * @param vessFlag Vess_flag
   * @param remarks  Remarks
   */
  record Entry(String entNum, String name, String type, String program, String title, String vessFlag,
               String remarks) {
  }

  /**
   * A row of add.csv.
   *
   * @param entNum       ent_num
   * @param address      Address
   * @param cityStateZip City/State/Province/Postal Code
   * @param country      Country
   */
  record Address(String entNum, String address, String cityStateZip, String country) {
  }

  /**
   * A row of alt.csv.
   *
   * @param entNum  ent_num
   * @param altType alt_type: aka, fka, nka
   * @param altName alt_name
   */
  record Alias(String entNum, String altType, String altName) {
  }
}
