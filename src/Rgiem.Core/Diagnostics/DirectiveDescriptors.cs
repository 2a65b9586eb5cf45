namespace Rgiem.Core.Diagnostics;

/// <summary>RG2020-RG2029: directives in the body: <c>```{include} file.md</c> and <c>```{statistics}</c>.</summary>
public static class DirectiveDescriptors
{
    private const string Category = "Directives";

    public static readonly DiagnosticDescriptor IncludeNotFound = new(
        "RG2020", "Included file not found",
        "'{0}' does not exist (looked for '{1}'); the path is relative to the file that includes it",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor IncludeCycle = new(
        "RG2021", "Include cycle",
        "'{0}' is already being included ({1}); a file cannot include itself, directly or through other files",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor IncludeOutsideProject = new(
        "RG2022", "Include leaves the project",
        "The include path '{0}' {1}; included files must be inside the project folder '{2}'",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor IncludedRecord = new(
        "RG2023", "Included file has front matter",
        "'{0}' starts with a '---' front matter block, so it is a record, not a fragment to include; remove its front matter or include another file",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor IncludeTooDeep = new(
        "RG2024", "Includes nested too deeply",
        "Including '{0}' would nest includes {1} levels deep; at most {2} are allowed. Include the files from fewer levels",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor MalformedDirective = new(
        "RG2025", "Directive written wrongly", "{0}", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor UnknownDirective = new(
        "RG2026", "Unknown directive",
        "'{{{0}}}' is not an rgiem directive (include, statistics, toc, call), so the block is printed as code; write '```{{include}} file.md' or '```{{statistics}}', or name the code block's language without braces",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor StatisticsOutsideProgressReport = new(
        "RG2027", "Statistics directive outside a progress report",
        "'```{statistics}' writes the statistics of the meetings a progress report covers; add 'kind: progress-report' and 'covers:' to the front matter, or remove the directive",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor IncludeBudget = new(
        "RG2028", "Too much included text",
        "Including '{0}' would take this record past {1:N0} includes or {2:N0} characters of included text (the same file included again counts again); this include and every later one are skipped. Include each file once, from the record",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        IncludeNotFound, IncludeCycle, IncludeOutsideProject, IncludedRecord, IncludeTooDeep, MalformedDirective, UnknownDirective,
        StatisticsOutsideProgressReport, IncludeBudget,
    ];
}
