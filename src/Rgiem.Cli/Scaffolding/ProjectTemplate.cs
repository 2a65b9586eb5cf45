using Rgiem.Core.FrontMatter;

namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// The files of <c>rgiem init</c>: a repository of meeting records that builds and checks as it is. Every
/// file is a function of <see cref="ScaffoldSettings"/> and the rgiem version, so the scaffold is deterministic.
/// </summary>
internal static class ProjectTemplate
{
    public const string RecordsFolder = "records";

    public const string OutputFolder = "out";

    public const string SchemaPath = ".vscode/rgiem.schema.json";

    public const string ProjectSchemaPath = ".vscode/rgiem.project.schema.json";

    public const string RegistrySchemaPath = ".vscode/rgiem.registry.schema.json";

    public const string SettingsPath = ".vscode/settings.json";

    public static IReadOnlyList<ScaffoldFile> Files(ScaffoldSettings settings, string toolVersion) =>
    [
        new("rgiem.yaml", ProjectFile(settings)),
        new("documents.yaml", Registry(settings)),
        new(RecordsFolder + "/" + MeetingTemplate.FileName(settings), MeetingTemplate.First(settings)),
        new(".gitignore", GitIgnore, MergeLines: true),
        new(".config/dotnet-tools.json", ToolManifest(toolVersion)),
        new(WorkflowTemplate.Path, WorkflowTemplate.Text(OutputFolder)),
        new(SettingsPath, VsCodeSettings, MergeJson: true),
        new(SchemaPath, JsonSchemaWriter.Write(FrontMatterSchema.Fields)),
        new(ProjectSchemaPath, JsonSchemaWriter.WriteProject(FrontMatterSchema.Fields)),
        new(RegistrySchemaPath, JsonSchemaWriter.WriteRegistry()),
    ];

    private static string ProjectFile(ScaffoldSettings settings) => $$"""
        # rgiem project file: what every meeting record of this repository shares.
        # rgiem's documentation describes every key (docs/record-format.md, "Project file: rgiem.yaml").
        records: {{RecordsFolder}}             # the folder of meeting records (.md files that start with a --- front matter block)
        output: {{OutputFolder}}                  # rgiem build writes one .docx per record here (ignored by git, see .gitignore)
        defaults:                    # front matter every record gets unless it sets the key itself
          group: {{settings.Group}}          # the rapporteur group that meets; also the prefix of its action items ({{settings.Group}}-1)
          parent: {{settings.Parent}}               # the parent body printed on the cover: TSAG, STUDY GROUP 17...
          study-period: {{StudyPeriods.For(settings.Date)}}    # YYYY-YYYY
          original: English          # the language of the original
          questions: N/A             # the Questions concerned: N/A, All/17 or [Q10/13, Q11/13]
          source: Rapporteur, {{settings.Parent}} {{settings.Group}}    # who submits the reports: a role, not a person
          keywords: [{{settings.Parent}}, {{settings.Group}}, meeting report]
          contacts:                  # one Contact row per person on the cover
            - name: Name of the Rapporteur
              organization: Organization of the Rapporteur
              country: Country of the Rapporteur
              tel: "+41 22 730 5111"
              email: rapporteur@example.org
        # rules:                     # change the severity of a rule: error, warning, info or none (docs/diagnostics.md)
        #   RG4005: none

        """;

    private static string Registry(ScaffoldSettings settings) => $$"""
        # The document registry: the TDs and contributions of the meeting, shared by every record.
        # rgiem check reports a citation of a document listed neither here nor in the record's documents: list
        # (RG4003), and of a revision later than the latest listed (RG4004). Fields: number, title, source, revision.
        - number: {{settings.Parent}}-TD101
          title: Draft agenda of the {{settings.Group}} meeting
          source: Rapporteur, {{settings.Parent}} {{settings.Group}}
        - number: {{settings.Parent}}-TD102
          title: Terms of reference of {{settings.Group}}
          source: Rapporteur, {{settings.Parent}} {{settings.Group}}
          revision: 1

        """;

    private const string GitIgnore = $"""
        # Documents written by 'rgiem build': built from the records, so not kept in git.
        /{OutputFolder}/
        # The SARIF log of 'rgiem check --sarif rgiem.sarif'.
        rgiem.sarif

        """;

    private static string ToolManifest(string version) => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "rgiem.tool": {
              "version": "{{version}}",
              "commands": [
                "rgiem"
              ],
              "rollForward": false
            }
          }
        }

        """;

    private const string VsCodeSettings = $$"""
        {
          "yaml.schemas": {
            "./{{SchemaPath}}": ["{{RecordsFolder}}/**/*.md"],
            "./{{ProjectSchemaPath}}": ["rgiem.yaml"],
            "./{{RegistrySchemaPath}}": ["documents.yaml"]
          },
          "[markdown]": {
            "editor.wordWrap": "on"
          }
        }

        """;
}
