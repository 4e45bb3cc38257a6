/**
 * Settings the `docx` package cannot write, added to word/settings.xml after packing.
 * Mirrored margins: HD 36 has the back of a duplex page mirror the front, so the wide 30 mm
 * margin is always on the binding side ("inside") and the 15 mm one outside.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const SETTINGS_PART = 'word/settings.xml';

/*
 * Children of w:settings that the schema (CT_Settings, ECMA-376 §17.15.1.78) places after
 * w:mirrorMargins; the new element goes before the first of them that the part contains.
 */
const AFTER_MIRROR_MARGINS = [
  'alignBordersAndEdges', 'bordersDoNotSurroundHeader', 'bordersDoNotSurroundFooter', 'gutterAtTop',
  'hideSpellingErrors', 'hideGrammaticalErrors', 'activeWritingStyle', 'proofState', 'formsDesign',
  'attachedTemplate', 'linkStyles', 'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType',
  'mailMerge', 'revisionView', 'trackRevisions', 'doNotTrackMoves', 'doNotTrackFormatting',
  'documentProtection', 'autoFormatOverride', 'styleLockTheme', 'styleLockQFSet', 'defaultTabStop',
  'autoHyphenation', 'consecutiveHyphenLimit', 'hyphenationZone', 'doNotHyphenateCaps',
  'showEnvelope', 'summaryLength', 'clickAndTypeStyle', 'defaultTableStyle', 'evenAndOddHeaders',
  'bookFoldRevPrinting', 'bookFoldPrinting', 'bookFoldPrintingSheets', 'drawingGridHorizontalSpacing',
  'drawingGridVerticalSpacing', 'displayHorizontalDrawingGridEvery', 'displayVerticalDrawingGridEvery',
  'doNotUseMarginsForDrawingGridOrigin', 'drawingGridHorizontalOrigin', 'drawingGridVerticalOrigin',
  'doNotShadeFormData', 'noPunctuationKerning', 'characterSpacingControl', 'printTwoOnOne',
  'strictFirstAndLastChars', 'noLineBreaksAfter', 'noLineBreaksBefore', 'savePreviewPicture',
  'doNotValidateAgainstSchema', 'saveInvalidXml', 'ignoreMixedContent', 'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml', 'saveXmlDataOnly', 'useXSLTWhenSaving', 'saveThroughXslt',
  'showXMLTags', 'alwaysMergeEmptyNamespace', 'updateFields', 'hdrShapeDefaults', 'footnotePr',
  'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang',
  'clrSchemeMapping', 'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade',
  'captions', 'readModeInkLockDown', 'smartTagType', 'schemaLibrary', 'shapeDefaults',
  'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
];

/** settings.xml with <w:mirrorMargins/> in its schema position (unchanged if already set). */
export function withMirrorMargins(settingsXml: string): string {
  if (/<w:mirrorMargins(?=[\s/>])/.test(settingsXml)) return settingsXml;
  const next = new RegExp(`<w:(?:${AFTER_MIRROR_MARGINS.join('|')})(?=[\\s/>])`).exec(settingsXml);
  const at = next ? next.index : settingsXml.lastIndexOf('</w:settings>');
  if (at < 0) throw new Error('word/settings.xml has no w:settings element');
  return `${settingsXml.slice(0, at)}<w:mirrorMargins/>${settingsXml.slice(at)}`;
}

/** The packed DOCX with its settings part amended. */
export function applyDocumentSettings(docx: Uint8Array, options: { mirrorMargins: boolean }): Buffer {
  if (!options.mirrorMargins) return Buffer.from(docx);
  const files = unzipSync(docx);
  const settings = files[SETTINGS_PART];
  if (!settings) throw new Error(`${SETTINGS_PART} missing from the packed document`);
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    entries[name] = name === SETTINGS_PART ? strToU8(withMirrorMargins(strFromU8(settings))) : bytes;
  }
  return Buffer.from(zipSync(entries, { level: 6 }));
}
