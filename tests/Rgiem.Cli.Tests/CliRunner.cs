using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>Runs the CLI in process against a private copy of a folder, capturing its output.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Root = Path.Combine(Path.GetTempPath(), "rgiem-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static CliRunner WithSamples()
    {
        var runner = new CliRunner();
        foreach (string file in Directory.EnumerateFiles(RepoPaths.RgIemSamples))
        {
            File.Copy(file, Path.Combine(runner.Root, Path.GetFileName(file)));
        }

        return runner;
    }

    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = RgiemCli.Run(args, output, error, Root, new PlainTerminal());
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
