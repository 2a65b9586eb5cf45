using System.Globalization;

namespace Rgiem.Bench;

/// <summary>The command line of the benchmark.</summary>
/// <param name="Sizes">Corpus sizes, in records.</param>
/// <param name="Jobs">Pandoc processes run at once (the machine's cores, for a fair comparison).</param>
/// <param name="Seed">Seed of the corpus generator: the same seed gives the same corpus.</param>
/// <param name="Pandoc">Whether to run pandoc.</param>
/// <param name="Root">The repository root (holds Rgiem.slnx).</param>
/// <param name="Variants">How to compile rgiem, each measured (<c>jit</c>, <c>r2r</c>, <c>aot</c>); the last one also runs check and the incremental builds.</param>
/// <param name="Repeat">Runs of each rgiem measurement; the table shows the median (by wall time).</param>
/// <param name="Delta">Run the delta benchmark instead (a 200-page text with 5 % of its words changed).</param>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Jobs, int Seed, bool Pandoc, string Root, IReadOnlyList<string> Variants, int Repeat, bool Delta = false)
{
    /// <summary>Reuse the rgiem of the last run in bench/.results/rgiem-*/ instead of publishing it again (<c>--no-publish</c>).</summary>
    public bool NoPublish { get; init; }

    /// <summary>Only write the corpora to bench/.corpus/ and stop: no publish, no measurement (<c>--corpus-only</c>).</summary>
    public bool CorpusOnly { get; init; }

    /// <summary>The generator's profile (<c>--shape standard|varied</c>).</summary>
    public Corpus.CorpusShape Shape { get; init; }

    /// <summary>Skip the registers (<c>rgiem actions</c>, <c>rgiem refs</c>) to save time (<c>--no-registers</c>).</summary>
    public bool NoRegisters { get; init; }

    /// <summary>The corpus folder of one size: bench/.corpus/nN (or nN-varied).</summary>
    public string CorpusOf(int size) => Path.Combine(CorpusRoot, CorpusName(size));

    public string CorpusName(int size) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n{size}") + (Shape == Corpus.CorpusShape.Standard ? string.Empty : "-" + Shape.ToString().ToLowerInvariant());

    /// <summary>Profile check in process on the corpus of the first size, stage by stage and rule by rule (<c>--profile-check</c>).</summary>
    public bool ProfileCheck { get; init; }

    public const string Usage = """
        usage: dotnet run -c Release --project bench/Rgiem.Bench -- [options]
          --sizes 1,500,5000   corpus sizes in records (default 1,500,5000)
          --jobs N             pandoc processes at once (default: the number of cores)
          --seed N             corpus seed (default 2024)
          --no-pandoc          run rgiem only
          --variants jit,r2r,aot,tool  how to compile rgiem (default jit,r2r,aot; aot takes minutes to publish); tool:
                               the package scripts/pack-tool.sh packs, installed with dotnet tool install (what users get)
          --shape standard|varied  the generator's profile (default standard; varied: other sizes, nested lists, two tables)
          --no-registers       do not time rgiem actions and rgiem refs
          --repeat N           runs of each rgiem measurement, median shown (default 3)
          --no-publish         reuse the rgiem the last run published
          --corpus-only        only generate the corpora in bench/.corpus/ (no publish, no measurement)
          --profile-check      where check spends its CPU on the corpus of the first size: stages, shared analyses, rules
          --delta              time rgiem delta on a 200-page text with 5 % of its words changed (nothing else)
        """;

    public string CorpusRoot => Path.Combine(Root, "bench", ".corpus");

    public string ResultsRoot => Path.Combine(Root, "bench", ".results");

    /// <returns>The options, or null with an error message.</returns>
    public static BenchOptions? Parse(IReadOnlyList<string> args, string root, out string? error)
    {
        error = null;
        var sizes = new List<int> { 1, 500, 5000 };
        int jobs = Environment.ProcessorCount;
        int seed = 2024;
        bool pandoc = true;
        var variants = new List<string> { "jit", "r2r", "aot" };
        int repeat = 3;
        bool noPublish = false;
        bool delta = false;
        bool corpusOnly = false;
        bool profileCheck = false;
        bool noRegisters = false;
        var shape = Corpus.CorpusShape.Standard;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (arg)
            {
                case "--sizes" when value is not null:
                    sizes = [.. value.Split(',').Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))];
                    i++;
                    break;
                case "--jobs" when value is not null:
                    jobs = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--seed" when value is not null:
                    seed = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--variants" when value is not null:
                    variants = [.. value.Split(',')];
                    i++;
                    break;
                case "--repeat" when value is not null:
                    repeat = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--no-publish":
                    noPublish = true;
                    break;
                case "--no-pandoc":
                    pandoc = false;
                    break;
                case "--corpus-only":
                    corpusOnly = true;
                    break;
                case "--profile-check":
                    profileCheck = true;
                    break;
                case "--no-registers":
                    noRegisters = true;
                    break;
                case "--shape" when value is "standard" or "varied":
                    shape = value == "varied" ? Corpus.CorpusShape.Varied : Corpus.CorpusShape.Standard;
                    i++;
                    break;
                case "--delta":
                    delta = true;
                    break;
                default:
                    error = $"unknown or incomplete option '{arg}'";
                    return null;
            }
        }

        if (sizes.Count == 0 || sizes.Any(s => s < 1) || jobs < 1 || repeat < 1)
        {
            error = "sizes, jobs and repeat must be at least 1";
            return null;
        }

        if (variants.Count == 0 || variants.Any(v => v is not ("jit" or "r2r" or "aot" or "tool")))
        {
            error = "variants are jit, r2r, aot and tool";
            return null;
        }

        return new BenchOptions(sizes, jobs, seed, pandoc, root, variants, repeat, delta) { NoPublish = noPublish, CorpusOnly = corpusOnly, ProfileCheck = profileCheck, NoRegisters = noRegisters, Shape = shape };
    }
}
