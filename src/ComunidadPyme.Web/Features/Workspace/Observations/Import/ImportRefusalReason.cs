namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>Why a file is refused as a whole while it is read: a reading limit passed, or a workbook that cannot be read safely.</summary>
public enum ImportRefusalReason
{
    WorkbookTooLarge = 1,
    TooManyColumns,
    CellTooLong,
    ColumnNameTooLong,
    RowTooLong,
    TextTooLong,
    TooManyTexts,
    TextsTooLong,
    XmlTagTooLong,
    TooManyXmlNames,
    XmlTooDeep,
    XmlDocumentType,
    NotAWorkbook,
    ProtectedWorkbook,
    NoSheet,
}
