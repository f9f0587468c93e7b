/**
 * English texts of the compliance findings, keyed by finding code, with i18next-style `{{param}}`
 * interpolation. Merged into the i18n catalogue under `findings`; other languages mirror `FindingMessages`.
 */
import type { FindingCode } from '../../checks/codes'

export type FindingMessages = Record<FindingCode, string>

export const findingsEn = {
  ART30_CONTACT_MISSING:
    'No contact details are recorded for {{organisation}}. The record must give the name and contact details ' +
    'of the organisation: add an address, an email address or a phone number to the organisation’s profile.',
  REPRESENTATIVE_MISSING:
    'The organisation is established in {{country}}, outside the EU/EEA, and no representative in the Union ' +
    'is recorded. A controller or processor established outside the Union must designate one in writing ' +
    '(Art. 27): add the representative’s name and contact details to the organisation’s profile.',
  ART30_5_EXEMPTION_POSSIBLE:
    'The organisation employs {{count}} people, fewer than {{threshold}}, and records no special-category or ' +
    'criminal-offence data, so the Art. 30(5) exemption from keeping this record could apply. It does not ' +
    'apply if any processing is likely to result in a risk to people’s rights and freedoms or is not ' +
    'occasional. Regular processing, such as employee or customer data, is not occasional (WP29 position ' +
    'paper), so in practice most organisations must still keep the record.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'This is a joint-controller activity, but no joint controller is named. Add the joint controllers with ' +
    'their contact details.',
  PROCESSOR_NO_CONTROLLERS:
    'This processor record does not name the controllers on whose behalf the processing is carried out. Add ' +
    'each controller (client) with its contact details.',
  PARTY_CONTACT_MISSING:
    'No contact details are recorded for {{party}}, named in this activity. The record must give the name and ' +
    'contact details of each joint controller and of each controller a processor acts for: add an address or ' +
    'an email address to the party.',
  ART30_PURPOSES_MISSING:
    'No purpose is recorded. The record must state the purposes of the processing: add at least one purpose ' +
    'with its lawful basis.',
  ART30_PROCESSING_MISSING:
    'No category of processing is recorded. A processor record must describe the categories of processing ' +
    'carried out on behalf of each controller: add at least one.',
  ART30_DATA_SUBJECTS_MISSING:
    'No category of data subjects is recorded. Say whose data is processed, e.g. employees or customers.',
  ART30_DATA_CATEGORIES_MISSING:
    'No category of personal data is recorded. Add the categories of data processed, e.g. contact details.',
  ART30_RECIPIENTS_MISSING:
    'No recipient is recorded. List everyone the data is disclosed to, including processors and recipients ' +
    'in third countries. If the data really is disclosed to no one, say so in the notes.',
  ART30_SECURITY_MISSING:
    'No security measure is recorded. Where possible, describe the technical and organisational measures ' +
    'protecting the data (Art. 32), e.g. access control or encryption.',
  RETENTION_MISSING:
    'No retention is recorded for “{{category}}”. Say when this data is erased, e.g. “6 years after the end ' +
    'of the contract”, or give a general retention rule for the activity.',
  TRANSFER_NO_MECHANISM:
    'The transfer to {{destination}} has no transfer mechanism. {{destination}} is outside the EU/EEA, so ' +
    'the transfer needs an adequacy decision that covers the recipient, appropriate safeguards such as ' +
    'standard contractual clauses, or a derogation: record the one it relies on.',
  TRANSFER_NO_ADEQUACY:
    'The transfer to {{destination}} relies on an adequacy decision, but no adequacy decision is in force ' +
    'for {{destination}}. Choose another mechanism, e.g. standard contractual clauses.',
  TRANSFER_US_NOT_DPF:
    'The transfer to {{party}} in {{destination}} relies on the EU-US adequacy decision, which covers only ' +
    'organisations certified under the EU-US Data Privacy Framework, and {{party}} is not marked as ' +
    'certified. Check the Data Privacy Framework list and mark the party as certified, or use another ' +
    'mechanism such as standard contractual clauses.',
  DPF_CHECK_OLD:
    'The transfer to {{party}} relies on its certification under the EU-US Data Privacy Framework, last ' +
    'checked on {{checkedOn}}. A certification lapses when it is not renewed each year: look {{party}} up on ' +
    'the Data Privacy Framework list again and record the date.',
  DPF_NOT_CHECKED:
    'The transfer to {{party}} relies on its certification under the EU-US Data Privacy Framework, taken ' +
    'from the vendor library and not yet checked. Look {{party}} up on the Data Privacy Framework list and ' +
    'record the date you checked.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'The transfer to {{destination}} relies on the EU-US adequacy decision, which covers only organisations ' +
    'certified under the EU-US Data Privacy Framework, but the recipient is not named. Name the recipient ' +
    'and mark it as certified, or use another mechanism such as standard contractual clauses.',
  TRANSFER_ADEQUACY_SCOPE:
    'The adequacy decision for {{destination}} covers only some recipients: {{scope}} Confirm that the ' +
    'recipient is covered, or use another mechanism.',
  MECHANISM_INVALID:
    'The transfer to {{destination}} relies on {{mechanism}}, which cannot be relied on since {{endedOn}}. ' +
    'Choose a valid mechanism, e.g. the standard contractual clauses of Implementing Decision (EU) 2021/914 ' +
    'or, for a recipient in the United States certified under the Data Privacy Framework, the adequacy ' +
    'decision.',
  SCC_NO_MODULE:
    'The standard contractual clauses for the transfer to {{destination}} do not say which module is used. ' +
    'Record the module that matches the roles: 1 controller to controller, 2 controller to processor, ' +
    '3 processor to processor, 4 processor to controller.',
  SCC_NO_TIA:
    'No transfer impact assessment is recorded for the transfer to {{destination}} under standard ' +
    'contractual clauses. Assess whether the law and practice of the destination let the importer comply ' +
    'with the clauses, add supplementary measures if needed, and mark the assessment as done.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'The transfer to {{destination}} relies on compelling legitimate interests (Art. 49(1), second ' +
    'subparagraph), but the assessment and the suitable safeguards are not documented. Art. 49(6) requires ' +
    'them in the record: describe them in the transfer’s safeguards.',
  DEROGATION_REGULAR:
    'The transfer to {{destination}} relies on the derogation “{{derogation}}” ({{derogationArticle}}). ' +
    'Derogations are for occasional transfers, and because this activity is active its transfers are ' +
    'presumed to be regular. Use an adequacy decision or safeguards such as standard contractual clauses, ' +
    'unless the transfers really are occasional.',
  TRANSFER_NOT_RECORDED:
    '{{party}} receives data and is located in {{country}}, outside the EU/EEA, but no transfer to it is ' +
    'recorded. Add the transfer with its mechanism, or correct the party’s country.',
  SPECIAL_NO_CONDITION:
    '“{{category}}” is special-category data ({{kind}}), but no purpose of this activity names an Art. 9(2) ' +
    'condition. Processing it is prohibited unless a condition applies: choose the condition on the purpose ' +
    'that uses this data.',
  CRIMINAL_NO_BASIS:
    '“{{category}}” is data about criminal convictions and offences, but no purpose of this activity states ' +
    'the basis for processing it. Name the law or the official authority that allows it (Art. 10).',
  NATIONAL_ID:
    '“{{category}}” is a national identification number. National law may set conditions for using it ' +
    '(Art. 87): check the rules of the countries concerned and note how they are met.',
  LEGAL_BASIS_MISSING:
    'The purpose “{{purpose}}” has no lawful basis. Choose the Art. 6(1) basis the processing relies on.',
  LEGITIMATE_INTEREST_MISSING:
    'The purpose “{{purpose}}” relies on legitimate interests, but the interest pursued is not stated. ' +
    'Describe the interest, and keep the balancing test that weighs it against the people’s rights.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'The purpose “{{purpose}}” relies on legitimate interests, but the record does not say where the balancing ' +
    'test is recorded. Art. 6(1)(f) asks for the interest to be weighed against the people’s rights (Recital ' +
    '47), and the controller must be able to show that it was (Art. 5(2)): note where the legitimate interests ' +
    'assessment is kept.',
  CONDITION_REFERENCE_MISSING:
    'The purpose “{{purpose}}” relies on a condition that needs a basis in Union or Member State law (Art. ' +
    '9(2)(b), (g)–(j) or Art. 10), but the provision is not named. Note the law and section the processing ' +
    'rests on, such as the employment or health care act.',
  DPIA_NOT_COMPLETED:
    'The screening of this activity shows {{reasons}}, so a data protection impact assessment is likely ' +
    'required, but none is recorded as completed. Carry out the DPIA and mark it completed or, if you ' +
    'concluded that none is needed, mark it not required and reference the documented reasoning.',
  REVIEW_OVERDUE:
    'The review of this activity was due on {{due}}. Check that the record is still accurate, then record ' +
    'the review and set the next review date.',
} satisfies FindingMessages
