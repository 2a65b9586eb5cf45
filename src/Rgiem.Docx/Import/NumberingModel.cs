using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Import;

/// <summary>
/// The numbering part of an imported document and the counters Word keeps while it numbers the paragraphs in
/// reading order: <see cref="Next"/> gives the number a paragraph shows ("2.1", "A.3", "b)"), as Word computes it
/// from the level's text (<c>%1.%2</c>), format and start, the <c>startOverride</c> of the list instance, and the
/// reset of deeper levels when a level counts on. Lists that share an abstract definition count together, as in Word.
/// </summary>
internal sealed class NumberingModel
{
    private const int Levels = 9;

    private readonly Dictionary<int, Dictionary<int, NumberingLevel>> abstracts = [];
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> instances = [];
    private readonly Dictionary<string, int[]> counters = new(StringComparer.Ordinal);
    private readonly HashSet<(int NumId, int Level)> restarted = [];

    public NumberingModel(Numbering? part)
    {
        foreach (var definition in part?.Elements<AbstractNum>() ?? [])
        {
            if (definition.AbstractNumberId?.Value is not { } id || abstracts.ContainsKey(id))
            {
                continue;
            }

            var levels = new Dictionary<int, NumberingLevel>();
            foreach (var level in definition.Elements<Level>())
            {
                int index = level.LevelIndex?.Value ?? 0;
                if (index is < 0 or >= Levels || levels.ContainsKey(index))
                {
                    continue;
                }

                levels[index] = new NumberingLevel(
                    index,
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? string.Empty,
                    level.StartNumberingValue?.Val?.Value ?? 1,
                    level.ParagraphStyleIdInLevel?.Val?.Value);
            }

            abstracts[id] = levels;
        }

        foreach (var instance in part?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId || instances.ContainsKey(numId))
            {
                continue;
            }

            var overrides = new Dictionary<int, int>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    overrides[index] = start;
                }
            }

            instances[numId] = (abstractId, overrides);
        }
    }

    /// <summary>The level definition of a list instance, or null (numbering id 0 means "no numbering").</summary>
    public NumberingLevel? Level(int numId, int level)
    {
        if (numId == 0 || !instances.TryGetValue(numId, out var instance) || !abstracts.TryGetValue(instance.AbstractId, out var levels))
        {
            return null;
        }

        return levels.GetValueOrDefault(Math.Clamp(level, 0, Levels - 1));
    }

    /// <summary>The level tied to a paragraph style in a list (<c>w:pStyle</c> in the level), used when the style's own numbering names no level.</summary>
    public int? LevelOfStyle(int numId, string? styleId)
    {
        if (styleId is null || !instances.TryGetValue(numId, out var instance) || !abstracts.TryGetValue(instance.AbstractId, out var levels))
        {
            return null;
        }

        return levels.Values.FirstOrDefault(l => l.Style == styleId)?.Level;
    }

    /// <summary>Counts a paragraph of list <paramref name="numId"/> at <paramref name="level"/> and returns the number it shows.</summary>
    public string Next(int numId, int level, out int value)
    {
        value = 0;
        if (Level(numId, level) is not { } definition)
        {
            return string.Empty;
        }

        var instance = instances[numId];
        // Lists that share an abstract definition count together; a list instance with a start override restarts that
        // level where it is first used (LibreOffice writes a list as a first item of its own instance, then the others).
        string key = instance.AbstractId.ToString(CultureInfo.InvariantCulture);
        if (!counters.TryGetValue(key, out int[]? counts))
        {
            counts = new int[Levels];
            counters[key] = counts;
        }

        int at = definition.Level;
        if (instance.StartOverrides.ContainsKey(at) && restarted.Add((numId, at)))
        {
            counts[at] = 0;
        }

        counts[at] = counts[at] == 0 ? StartOf(numId, at) : counts[at] + 1;
        for (int deeper = at + 1; deeper < Levels; deeper++)
        {
            counts[deeper] = 0;
        }

        value = counts[at];
        var text = new StringBuilder();
        string pattern = definition.Text;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                int referenced = pattern[i + 1] - '1';
                var other = Level(numId, referenced);
                int count = counts[referenced] == 0 ? StartOf(numId, referenced) : counts[referenced];
                text.Append(Format(count, other?.Format ?? "decimal"));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        return text.ToString();
    }

    private int StartOf(int numId, int level)
    {
        var instance = instances[numId];
        return instance.StartOverrides.TryGetValue(level, out int start) ? start : Level(numId, level)?.Start ?? 1;
    }

    private static string Format(int value, string format) => format switch
    {
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerLetter" => Letters(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "bullet" or "none" => string.Empty,
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return string.Empty;
        }

        // Word repeats the letter: a … z, aa … zz.
        char letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (number, letters) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (value >= number)
            {
                text.Append(letters);
                value -= number;
            }
        }

        return text.ToString();
    }
}
