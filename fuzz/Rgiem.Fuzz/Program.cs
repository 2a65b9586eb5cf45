using System.Globalization;
using SharpFuzz;

namespace Rgiem.Fuzz;

/// <summary>
/// Fuzzing harness of rgiem (see docs/fuzzing.md).
/// <list type="bullet">
/// <item><c>Rgiem.Fuzz afl record|template</c>: the SharpFuzz entry point for AFL++ (instrument Rgiem.Core.dll and Rgiem.Docx.dll first).</item>
/// <item><c>Rgiem.Fuzz mutate record|template|include CORPUS FINDINGS [--seconds N] [--seed N] [--executions N]</c>: the in-process
/// random-mutation runner, which needs no instrumentation (<c>fuzz.sh smoke</c> runs it a few thousand times per target in CI).</item>
/// <item><c>Rgiem.Fuzz replay record|template FILE...</c>: runs the target once on each file (to reproduce a finding).</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            return Usage();
        }

        var target = FuzzTargets.For(args[1]);
        switch (args[0])
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    target(memory.ToArray());
                });
                return 0;

            case "mutate" when args.Length >= 4:
                int seconds = Option(args, "--seconds", 60);
                int seed = Option(args, "--seed", Environment.TickCount);
                int executions = Option(args, "--executions", int.MaxValue);
                var summary = new MutationRunner(target, args[2], args[3], seed).Run(TimeSpan.FromSeconds(seconds), executions);
                Console.WriteLine(summary);
                return summary.Findings == 0 ? 0 : 1;

            case "replay":
                int failed = 0;
                foreach (string file in args.Skip(2))
                {
                    try
                    {
                        target(File.ReadAllBytes(file));
                        Console.WriteLine("ok   " + file);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        failed++;
                        Console.WriteLine("FAIL " + file + ": " + ex);
                    }
                }

                return failed == 0 ? 0 : 1;

            default:
                return Usage();
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Rgiem.Fuzz afl record|template|include");
        Console.Error.WriteLine("       Rgiem.Fuzz mutate record|template|include CORPUS FINDINGS [--seconds N] [--seed N] [--executions N]");
        Console.Error.WriteLine("       Rgiem.Fuzz replay record|template|include FILE...");
        return 2;
    }
}
