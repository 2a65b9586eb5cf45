using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary>The arguments and options <c>actions</c> and <c>refs</c> share.</summary>
internal sealed class RegisterOptions
{
    public Argument<string[]> Paths { get; } = PathsArgument.Create();

    public Option<RegisterFormat> Format { get; } = new("--format")
    {
        Description = "table (default), json or csv (RFC 4180, header row). See docs/output-formats.md.",
        DefaultValueFactory = _ => RegisterFormat.Table,
        CustomParser = result => EnumValues.Parse<RegisterFormat>(result, "--format"),
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
    }

    /// <summary>Compiles the records as <c>rgiem check</c> does.</summary>
    public CompilationResult Compile(ParseResult parse, string workingDirectory)
    {
        string[] paths = PathsArgument.Values(parse, Paths);
        return Compiler.Compile(new CompilationOptions(paths, workingDirectory));
    }
}
