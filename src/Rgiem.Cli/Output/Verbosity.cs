namespace Rgiem.Cli.Output;

/// <summary>How much a command says besides its diagnostics (<c>--quiet</c>, <c>--verbose</c>).</summary>
internal enum Verbosity
{
    /// <summary>Only errors and warnings: no infos, no "wrote …" lines, no summary.</summary>
    Quiet,

    /// <summary>Diagnostics, what was written and a summary.</summary>
    Normal,

    /// <summary>Also the files skipped as not records and how long each stage took (on standard error).</summary>
    Verbose,
}
