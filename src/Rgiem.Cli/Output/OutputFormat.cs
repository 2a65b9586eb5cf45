namespace Rgiem.Cli.Output;

/// <summary>How diagnostics are printed (<c>--format</c>). docs/output-formats.md describes each format.</summary>
internal enum OutputFormat
{
    /// <summary>For people: the source line with a caret under the problem; colour on a terminal.</summary>
    Human,

    /// <summary><c>path(line,col): error RG1234: message</c>, as compilers print for IDEs and CI.</summary>
    MsBuild,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>), shown as annotations on the pull request.</summary>
    GitHub,

    /// <summary>One JSON document on standard output, in rgiem's own documented shape.</summary>
    Json,

    /// <summary>One SARIF 2.1.0 log on standard output, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,
}
