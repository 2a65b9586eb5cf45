namespace Rgiem.Cli;

/// <summary>The environment of one invocation: writers, working directory, terminal, environment variables and clock.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory, ITerminal Terminal)
{
    /// <summary>Reads an environment variable (PATH, CI, RGIEM_SOFFICE…); tests replace it.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The clock, read only for defaults the user did not give (<c>rgiem new meeting</c> without <c>--date</c>).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Cancelled when the user asks to stop (Ctrl+C): ends <c>rgiem build --watch</c>.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>Today in the local time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
