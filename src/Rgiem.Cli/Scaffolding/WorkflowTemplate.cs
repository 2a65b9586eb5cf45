namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// The GitHub Actions workflow of <c>rgiem init</c>: on a pull request, check the records with annotations
/// and a SARIF upload for code scanning; on main, build the Word reports and keep them as an artifact. Its
/// <c>run:</c> steps are exactly <see cref="Commands"/>, which README.md documents (a test holds both to it).
/// </summary>
internal static class WorkflowTemplate
{
    public const string Path = ".github/workflows/rgiem.yml";

    public const string Restore = "dotnet tool restore";

    public const string CheckGitHub = "dotnet tool run rgiem check --format github";

    public const string CheckSarif = "dotnet tool run rgiem check --format sarif > rgiem.sarif";

    public const string Build = "dotnet tool run rgiem build";

    /// <summary>Every command the workflow runs, in order of first use.</summary>
    public static IReadOnlyList<string> Commands { get; } = [Restore, CheckGitHub, CheckSarif, Build];

    public static string Text(string outputFolder) => $$"""
        # Checks the meeting records on every pull request and builds the Word reports on main.
        # Written by 'rgiem init'. rgiem comes from the tool manifest, .config/dotnet-tools.json.
        name: rgiem

        on:
          pull_request:
          push:
            branches: [main]

        permissions:
          contents: read

        jobs:
          check:
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-latest
            permissions:
              contents: read
              security-events: write   # to upload the SARIF log to code scanning
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - run: {{Restore}}
              # Errors and warnings become annotations on the pull request; an error fails the check.
              - run: {{CheckGitHub}}
              - run: {{CheckSarif}}
                if: success() || failure()
              - uses: github/codeql-action/upload-sarif@v3
                if: success() || failure()
                with:
                  sarif_file: rgiem.sarif
                  category: rgiem

          build:
            if: github.event_name == 'push'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - run: {{Restore}}
              - run: {{Build}}
              - uses: actions/upload-artifact@v4
                with:
                  name: reports
                  path: {{outputFolder}}/*.docx
                  if-no-files-found: error

        """;
}
