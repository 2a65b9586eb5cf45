using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Rgiem.Testing;

/// <summary>
/// Approval testing without magic: the expected text lives in <c>__snapshots__/NAME.snap</c> beside the test
/// file. A missing or different snapshot fails the test and writes what was received to
/// <c>__snapshots__/__mismatch__/NAME.snap</c>; set RGIEM_UPDATE_SNAPSHOTS=1 to accept received text.
/// A missing snapshot never passes silently, on CI or anywhere else.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "__snapshots__");
        string expectedPath = Path.Combine(directory, name + ".snap");
        string mismatchPath = Path.Combine(directory, "__mismatch__", name + ".snap");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        bool update = Environment.GetEnvironmentVariable("RGIEM_UPDATE_SNAPSHOTS") == "1";

        if (!File.Exists(expectedPath))
        {
            if (update)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(expectedPath, actual);
                return;
            }

            Write(mismatchPath, actual);
            throw new XunitException($"Snapshot '{name}' is missing. Review {mismatchPath} and rerun with RGIEM_UPDATE_SNAPSHOTS=1 to accept it.");
        }

        string expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            if (File.Exists(mismatchPath))
            {
                File.Delete(mismatchPath);
            }

            return;
        }

        if (update)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Write(mismatchPath, actual);
        throw new XunitException($"Snapshot '{name}' differs from {expectedPath}: {FirstDifference(expected, actual)}. The received text is in {mismatchPath}; rerun with RGIEM_UPDATE_SNAPSHOTS=1 to accept it.");
    }

    /// <summary>
    /// The test file on disk. With ContinuousIntegrationBuild (CI=true) the compiler maps source paths to
    /// "/_/…", so [CallerFilePath] must be mapped back to the repository.
    /// </summary>
    private static string SourcePath(string testFile)
    {
        const string MappedRoot = "/_/";
        return testFile.StartsWith(MappedRoot, StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, testFile[MappedRoot.Length..])
            : testFile;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected «{Trim(left)}» but got «{Trim(right)}»";
            }
        }

        return "same lines, different line ends";
    }

    private static string Trim(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
