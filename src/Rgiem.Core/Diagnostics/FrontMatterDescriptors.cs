namespace Rgiem.Core.Diagnostics;

/// <summary>RG1xxx: the YAML front matter of a record.</summary>
public static class FrontMatterDescriptors
{
    private const string Category = "FrontMatter";

    public static readonly DiagnosticDescriptor NotClosed = new(
        "RG1001", "Front matter is not closed",
        "The front matter opened on line 1 is never closed. Add a line with '---' after the last YAML key",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "RG1002", "YAML syntax error", "YAML syntax error: {0}", DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotAMapping = new(
        "RG1003", "Front matter is not a mapping",
        "The front matter must be a set of 'key: value' lines, not {0}", DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor AliasNotAllowed = new(
        "RG1004", "YAML anchors and aliases are not allowed",
        "YAML aliases ('*{0}') are not allowed in front matter; write the value out in full",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TooLarge = new(
        "RG1005", "Front matter is too large or too deep",
        "The front matter has more than {0} {1}; a record's front matter is limited to that. Move long lists to a documents registry",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "RG1006", "Duplicate key", "Key '{0}' is already set on line {1}; remove one of them",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "RG1007", "Unknown key", "Unknown key '{0}'{1}", DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor WrongType = new(
        "RG1008", "Value has the wrong type", "'{0}' must be {1}, not {2}", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor RequiredMissing = new(
        "RG1009", "Required field missing", "Required field '{0}' is {2}: add '{0}: {1}' to the front matter",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "RG1010", "Invalid date", "'{0}' is not a valid date for '{1}': write it as YYYY-MM-DD, for example 2024-07-30",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor MalformedDocumentNumber = new(
        "RG1011", "Malformed document number",
        "'{0}' is not an ITU-T document number; write it as BODY-TYPEnnn[Rn] (TSAG-TD521, TSAG-C015R1), DOCn (YYMMDD) for an interim meeting's document, or CONFyy/n(Add.k) for a conference document (WTSA16/44(Add.9))",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor NotAllowedValue = new(
        "RG1012", "Value not allowed", "'{0}' is not a valid value for '{1}'; use one of: {2}", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor UnknownPurpose = new(
        "RG1013", "Unusual purpose", "Purpose '{0}' is not one ITU-T uses; the usual values are: {1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnsupportedTag = new(
        "RG1014", "YAML tag not supported", "YAML tag '{0}' is not supported in front matter; remove it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor DateRangeReversed = new(
        "RG1015", "Date range ends before it starts", "'{0}' ({1}) is before '{2}' ({3}); swap the dates",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidStudyPeriod = new(
        "RG1016", "Invalid study period", "'{0}' is not a study period; write it as YYYY-YYYY, for example 2022-2024",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "RG1017", "Invalid count", "'{0}' must be a whole number of 0 or more, not '{1}'", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidFormat = new(
        "RG1018", "Value has the wrong format", "'{0}' for '{1}' {2}", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor CoversWithoutProgressReport = new(
        "RG1030", "Covers given for a record that is not a progress report",
        "'covers' is read only for 'kind: progress-report'; add 'kind: progress-report' or remove 'covers'",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ProgressReportWithoutCovers = new(
        "RG1031", "Progress report without covers",
        "A progress report must say which meetings it covers: add 'covers: meetings/*.md' (files or a glob) or 'covers: {from: 2023-01-01, to: 2023-05-31}' (a period)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidCoverPattern = new(
        "RG1032", "Invalid covers pattern",
        "'{0}' in 'covers' {1}; write a path or glob relative to this record and inside the project, e.g. meetings/*.md",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor RequiredForType = new(
        "RG1040", "Field required for this document type",
        "'{0}' is required for a {1}: add '{0}: {2}' to the front matter ({3})",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor FieldOfOtherType = new(
        "RG1041", "Field does not apply to this document type",
        "'{0}' belongs on the cover of a {1}; this record is a {2}, whose cover has no place for it. Remove it or set 'type: {3}'",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor NumberTypeMismatch = new(
        "RG1042", "Document number does not match the document type",
        "'{0}' is the number of a {1}, but this record is a {2}; set 'type: {3}' or correct the number",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ContributionAbstractTooLong = new(
        "RG1043", "Contribution abstract too long",
        "The abstract has {0} words; a contribution's abstract should have no more than {1} (ITU-T A.2). Move the detail into the body",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor LiaisonFieldsRenamed = new(
        "RG1044", "Old liaison statement fields",
        "'{0}' is the old way to name a liaison statement's addressees; TSB's form has the rows 'For action to:' and 'For information to:': write {1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ReviewNotShown = new(
        "RG1045", "Tracked change in a field the cover does not show as text",
        "'{0}' holds CriticMarkup, but {1} is not written on the cover as its text, so the change cannot be shown as a tracked change; accept it (write '{2}') or reject it (write '{3}')",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ReviewMalformed = new(
        "RG1046", "CriticMarkup in a front matter value cannot be read",
        "The CriticMarkup of '{0}' cannot be read: {1}. Write a change as '{{++new++}}', '{{--old--}}' or '{{~~old~>new~~}}' and a comment as '{{>>text<<}}', each closed in the value",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ReviewNotQuoted = new(
        "RG1047", "CriticMarkup at the start of a value not quoted",
        "'{0}' starts with '{1}', which YAML reads as a mapping, not text; put the value in double quotes: {0}: \"{1}…\"",
        DiagnosticSeverity.Error, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        NotClosed, YamlSyntax, NotAMapping, AliasNotAllowed, TooLarge, DuplicateKey, UnknownKey, WrongType, RequiredMissing,
        InvalidDate, MalformedDocumentNumber, NotAllowedValue, UnknownPurpose, UnsupportedTag, DateRangeReversed,
        InvalidStudyPeriod, InvalidNumber, InvalidFormat, CoversWithoutProgressReport, ProgressReportWithoutCovers, InvalidCoverPattern,
        RequiredForType, FieldOfOtherType, NumberTypeMismatch, ContributionAbstractTooLong, LiaisonFieldsRenamed,
        ReviewNotShown, ReviewMalformed, ReviewNotQuoted,
    ];
}
