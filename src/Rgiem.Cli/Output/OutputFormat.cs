namespace Rgiem.Cli.Output;

/// <summary>How diagnostics are printed (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>For people: the source line with a caret under the problem; colour on a terminal.</summary>
    Human,

    /// <summary><c>path(line,col): error RG1234: message</c>, as compilers print for IDEs and CI.</summary>
    MsBuild,
}
