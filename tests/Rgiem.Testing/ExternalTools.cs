using System.Diagnostics;
using Xunit;

namespace Rgiem.Testing;

/// <summary>
/// The interop tools the tests read our output with: LibreOffice (soffice), pandoc, pdftoppm and a Python
/// with python-docx. Locally a missing tool skips the test (reported as skipped, never passed); when
/// RGIEM_REQUIRE_INTEROP=1 (set by .ci/run) a missing tool fails it.
/// </summary>
public static class ExternalTools
{
    private static readonly Lazy<string?> SofficePath = new(() => FindOnPath("soffice") ?? FindOnPath("libreoffice"));
    private static readonly Lazy<string?> PandocPath = new(() => FindOnPath("pandoc"));
    private static readonly Lazy<string?> PdfToPpmPath = new(() => FindOnPath("pdftoppm"));
    private static readonly Lazy<string?> PythonDocxPath = new(FindPythonWithDocx);

    public static bool Required => Environment.GetEnvironmentVariable("RGIEM_REQUIRE_INTEROP") == "1";

    public static string Soffice => Require(SofficePath.Value, "LibreOffice (soffice)");

    public static string Pandoc => Require(PandocPath.Value, "pandoc");

    public static string PdfToPpm => Require(PdfToPpmPath.Value, "pdftoppm (poppler-utils)");

    public static string PythonWithDocx => Require(PythonDocxPath.Value, "python3 with python-docx");

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

    private static string? FindPythonWithDocx()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("RGIEM_PYTHON"), "/usr/bin/python3", FindOnPath("python3") };
        foreach (string? candidate in candidates.Distinct())
        {
            if (candidate is null || !File.Exists(candidate))
            {
                continue;
            }

            try
            {
                if (Run(candidate, ["-c", "import docx"], timeoutSeconds: 30).ExitCode == 0)
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
