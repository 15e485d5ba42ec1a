/** The class report's pure core: item bank, export readers, statistics. No DOM, no Node. */
export { parseInteractionId, answerWords, ITEM_BANK_FORMAT, type ItemBank, type BankItem, type BankChoice } from './item-bank.ts';
export { readExport } from './read/read-export.ts';
export { analyseClass, learnerTries, rightWithin, type TryRecord, type ClassReport, type ItemReport, type LearnerReport, type SectionReport } from './analyse.ts';
export { ExportError, type ClassRecord, type LearnerRecord, type ReportNotice } from './class-data.ts';
export { reportJson, type ReportJson } from './report-json.ts';
export { learnerFromCmi } from './read/cmi.ts';
