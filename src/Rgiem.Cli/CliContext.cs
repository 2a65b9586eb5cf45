namespace Rgiem.Cli;

/// <summary>The environment of one invocation: writers, working directory and terminal.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory, ITerminal Terminal);
