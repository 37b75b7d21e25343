package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One thing an analyst should know about a document. The JSON field {@code kind} names the
 * variant; contract v1 fixes RESTRICTED_CHIP and RESTRICTED_PARTY, other kinds may be added.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChipFinding.class, name = Finding.RESTRICTED_CHIP),
    @JsonSubTypes.Type(value = PartyFinding.class, name = Finding.RESTRICTED_PARTY),
    @JsonSubTypes.Type(value = UnreadableFinding.class, name = Finding.UNREADABLE_DOCUMENT),
    @JsonSubTypes.Type(value = IncompleteFinding.class, name = Finding.INCOMPLETE_SCREENING),
    @JsonSubTypes.Type(value = DisguisedChipFinding.class, name = Finding.DISGUISED_CHIP),
    @JsonSubTypes.Type(value = RedFlagFinding.class, name = Finding.RED_FLAG),
})
public sealed interface Finding
    permits ChipFinding, PartyFinding, UnreadableFinding, IncompleteFinding, DisguisedChipFinding, RedFlagFinding {
  String RESTRICTED_CHIP = "RESTRICTED_CHIP";
  String RESTRICTED_PARTY = "RESTRICTED_PARTY";
  String UNREADABLE_DOCUMENT = "UNREADABLE_DOCUMENT";
  String INCOMPLETE_SCREENING = "INCOMPLETE_SCREENING";
  String DISGUISED_CHIP = "DISGUISED_CHIP";
  String RED_FLAG = "RED_FLAG";

  /** How much this finding alone contributes to the document's severity. */
  Severity severity();
}
