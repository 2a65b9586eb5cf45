using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary>The arguments and options <c>actions</c> and <c>refs</c> share.</summary>
internal sealed class RegisterOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Folders of meeting records or record files (default: the current folder). A folder may hold rgiem.yaml.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<RegisterFormat> Format { get; } = new("--format")
    {
        Description = "table (default), json or csv (RFC 4180, header row). See docs/output-formats.md.",
        DefaultValueFactory = _ => RegisterFormat.Table,
    };

    public RegisterOptions()
    {
        Paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
    }

    /// <summary>Compiles the records as <c>rgiem check</c> does.</summary>
    public CompilationResult Compile(ParseResult parse, string workingDirectory)
    {
        string[] paths = parse.GetValue(Paths) is { Length: > 0 } given ? given : ["."];
        return Compiler.Compile(new CompilationOptions(paths, workingDirectory));
    }
}
