namespace Rgiem.Core.Diagnostics;

/// <summary>RG0xxx: reading files, the project file and writing outputs.</summary>
public static class LoadDescriptors
{
    private const string Category = "Load";

    public static readonly DiagnosticDescriptor CannotRead = new(
        "RG0001", "File cannot be read", "Cannot read '{0}': {1}", DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor BinaryFile = new(
        "RG0002", "File is binary, not text",
        "This file holds NUL bytes (first at byte {0}): it is not a Markdown record. Save it as UTF-8 text or move it out of the records folder",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "RG0003", "File is not valid UTF-8",
        "Invalid UTF-8 byte sequence (byte 0x{0:X2}). Re-save the file as UTF-8 (most editors: 'Save with encoding')",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "RG0004", "File is too large",
        "This file is {0:N0} bytes; records are limited to {1:N0} bytes. Split the record or move large material into separate documents",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NoRecords = new(
        "RG0005", "No records found",
        "No meeting records found under '{0}'. A record is a .md file that starts with a '---' front matter block; check the path",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor PathNotFound = new(
        "RG0006", "Input path does not exist", "'{0}' does not exist. Pass a folder of records, a record file, or a folder holding rgiem.yaml",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor CannotWrite = new(
        "RG0007", "Output cannot be written", "Cannot write '{0}': {1}", DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor OutputIsInput = new(
        "RG0008", "Output would overwrite an input",
        "The output '{0}' is also an input of this build; choose another output folder (--output or 'output:' in rgiem.yaml)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "RG0009", "Too many diagnostics", "More than {0} diagnostics in this file; the rest are not shown. Fix the ones above first",
        DiagnosticSeverity.Warning, Category, Configurable: false);

    public static readonly DiagnosticDescriptor DuplicateOutput = new(
        "RG0010", "Two records write the same output",
        "This record writes '{0}', which '{1}' also writes. Give each record its own document number",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ProjectUnknownKey = new(
        "RG0011", "Unknown key in rgiem.yaml", "Unknown key '{0}' in rgiem.yaml{1}", DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ProjectInvalidValue = new(
        "RG0012", "Invalid value in rgiem.yaml", "{0}", DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor UnknownRuleOverride = new(
        "RG0013", "Severity override names an unknown rule",
        "'{0}' is not a rule ID (RG followed by four digits, see docs/diagnostics.md){1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor NotARecord = new(
        "RG0014", "File has no front matter",
        "This file does not start with a '---' front matter block, so it is not a meeting record. Add front matter (see docs/record-format.md)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "RG0015", "File is empty", "This file is empty. Write a record (see docs/record-format.md) or delete it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor OutputFolderBusy = new(
        "RG0030", "Output folder is in use by another build",
        "Another rgiem build is writing to '{0}' and did not finish within {1} s, so this record was not written. Wait for that build to end, or choose another output folder",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateOutsideProject = new(
        "RG0031", "Template outside the project",
        "The template '{0}' is outside the project folder '{1}' (through '..', an absolute path or a symbolic link), so it is not used and no document was written. Keep templates inside the project or a records folder rgiem.yaml names, or pass --template on the command line to use one elsewhere",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor OutputOutsideProject = new(
        "RG0032", "Output folder outside the project",
        "rgiem.yaml names the output folder '{0}', which is outside the project folder '{1}' (through '..', an absolute path or a symbolic link), so nothing was written. Name a folder inside the project, or pass --output on the command line to write elsewhere",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "RG0040", "Not a regular file",
        "'{0}' is {1}, not a regular file, so rgiem did not open it (it could block or never end). Replace it with a regular file, or remove it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor WouldReplaceInput = new(
        "RG0041", "Write would replace an input",
        "Refusing to replace '{0}': it is {1}. Write to another path; --force does not change this",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor FileExists = new(
        "RG0042", "File already exists",
        "'{0}' already exists and was left as it is. Pass --force to replace it, or write to another path",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor OutsideProject = new(
        "RG0043", "File outside the project",
        "'{0}' is outside the project folder '{1}' ({2}), so it was not read. Keep it inside the project, or name it on the command line",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ProjectFileIgnored = new(
        "RG0044", "Project file ignored",
        "'{0}' was not used as this project's rgiem.yaml: {1}. Put a rgiem.yaml (or a .git folder) in the project folder itself",
        DiagnosticSeverity.Warning, Category, Configurable: false);

    public static readonly DiagnosticDescriptor RecordsInOutputFolder = new(
        "RG0045", "Records excluded because they are in the output folder",
        "{0} Markdown file(s) under '{1}' were not read: records excluded because they are in the output folder '{2}'. Choose an output folder that holds no records (--output or 'output:' in rgiem.yaml)",
        DiagnosticSeverity.Warning, Category, Configurable: false);

    public static readonly DiagnosticDescriptor EntrySkipped = new(
        "RG0046", "File skipped",
        "'{0}' was skipped: {1}",
        DiagnosticSeverity.Warning, Category, Configurable: false);

    public static readonly DiagnosticDescriptor OutputLockFailed = new(
        "RG0047", "Output folder cannot be locked",
        "Cannot take the lock of the output folder '{0}' ({1}), so this record was not written. {2}",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        CannotRead, BinaryFile, NotUtf8, FileTooLarge, NoRecords, PathNotFound, CannotWrite, OutputIsInput,
        TooManyDiagnostics, DuplicateOutput, ProjectUnknownKey, ProjectInvalidValue, UnknownRuleOverride, NotARecord, EmptyFile,
        OutputFolderBusy, TemplateOutsideProject, OutputOutsideProject,
        NotRegularFile, WouldReplaceInput, FileExists, OutsideProject, ProjectFileIgnored, RecordsInOutputFolder, EntrySkipped, OutputLockFailed,
    ];
}
