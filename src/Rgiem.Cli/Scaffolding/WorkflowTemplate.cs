namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// The GitHub Actions workflow of <c>rgiem init</c>: on a pull request, one check run that prints annotations
/// (and the job summary) and writes the SARIF log that code scanning uploads; on main, build the Word reports and keep them as an artifact. Its
/// <c>run:</c> steps are exactly <see cref="Commands"/>, which README.md documents (a test holds both to it).
/// </summary>
internal static class WorkflowTemplate
{
    public const string Path = ".github/workflows/rgiem.yml";

    public const string Restore = "dotnet tool restore";

    public const string Check = "dotnet tool run rgiem check --format github --sarif rgiem.sarif";

    public const string Build = "dotnet tool run rgiem build";

    /// <summary>Every command the workflow runs, in order of first use.</summary>
    public static IReadOnlyList<string> Commands { get; } = [Restore, Check, Build];

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
              actions: read            # upload-sarif reads the run's details (private repositories)
              security-events: write   # to upload the SARIF log to code scanning
            steps:
              - uses: actions/checkout@v6
              - uses: actions/setup-dotnet@v5
                with:
                  dotnet-version: 10.0.x
              - run: {{Restore}}
              # One check: errors and warnings become annotations on the pull request and a table in the job
              # summary, and rgiem.sarif is written for code scanning; an error fails the check.
              - run: {{Check}}
              # Delete this step if the repository has no code scanning (GitHub Advanced Security).
              - uses: github/codeql-action/upload-sarif@v4
                if: success() || failure()
                with:
                  sarif_file: rgiem.sarif
                  category: rgiem

          build:
            if: github.event_name == 'push'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v6
              - uses: actions/setup-dotnet@v5
                with:
                  dotnet-version: 10.0.x
              - run: {{Restore}}
              - run: {{Build}}
              - uses: actions/upload-artifact@v7
                with:
                  name: reports
                  path: {{outputFolder}}/*.docx
                  if-no-files-found: error

        """;
}
