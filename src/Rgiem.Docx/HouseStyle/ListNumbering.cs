using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// The numbering part of one document: one abstract definition for bullets (• and – alternating, as the
/// ITU dash list), one for ordered lists (1. a) i) …), and a numbering instance per ordered list so that
/// each list restarts at its own first number.
/// </summary>
internal sealed class ListNumbering
{
    public const int MaxLevel = 8;

    private readonly int bulletAbstractId;
    private readonly int orderedAbstractId;
    /// <summary>The ordered lists, in order: each one's level and first number (its instance is made by <see cref="MergeInto"/>).</summary>
    private readonly List<(int Level, int Start)> orderedLists = [];
    private readonly System.Text.StringBuilder key = new();
    private int nextNumId;

    /// <param name="abstractBase">Largest abstract numbering id already in use (a template's); ours follow it.</param>
    /// <param name="numBase">Largest numbering instance id already in use.</param>
    public ListNumbering(int abstractBase = 0, int numBase = 0)
    {
        bulletAbstractId = abstractBase + 1;
        orderedAbstractId = abstractBase + 2;
        BulletNumId = numBase + 1;
        nextNumId = BulletNumId + 1;
        key.Append(CultureInfo.InvariantCulture, $"{abstractBase},{numBase}");
    }

    /// <summary>
    /// What <see cref="Build"/>'s part depends on: the ids it starts from and the level and start of each ordered list,
    /// in order. Two numberings with the same key build the same part, so a build serializes and deflates it once.
    /// </summary>
    public string Key => key.ToString();

    /// <summary>The numbering instance all bullet lists share.</summary>
    public int BulletNumId { get; }

    /// <summary>Starts a new ordered list at <paramref name="level"/>, numbered from <paramref name="start"/>.</summary>
    public int NewOrderedList(int level, int start)
    {
        int id = nextNumId++;
        orderedLists.Add((Math.Clamp(level, 0, MaxLevel), Math.Max(0, start)));
        key.Append(CultureInfo.InvariantCulture, $";{orderedLists[^1].Level},{orderedLists[^1].Start}");
        return id;
    }

    /// <summary>The indentation of text at list <paramref name="level"/> (for continuation paragraphs).</summary>
    public static int TextIndent(int level) => Twips.ClauseIndent + (Twips.ListStep * Math.Clamp(level, 0, MaxLevel));

    public Numbering Build()
    {
        var numbering = new Numbering();
        MergeInto(numbering);
        return numbering;
    }

    /// <summary>Adds our definitions to <paramref name="numbering"/>: abstract ones after its own, instances at the end.</summary>
    public void MergeInto(Numbering numbering)
    {
        var lastAbstract = numbering.Elements<AbstractNum>().LastOrDefault();
        var abstracts = new[] { Abstract(bulletAbstractId, BulletLevel), Abstract(orderedAbstractId, OrderedLevel) };
        if (lastAbstract is not null)
        {
            lastAbstract.InsertAfterSelf(abstracts[1]);
            lastAbstract.InsertAfterSelf(abstracts[0]);
        }
        else if (numbering.Elements<NumberingInstance>().FirstOrDefault() is { } firstInstance)
        {
            firstInstance.InsertBeforeSelf(abstracts[0]);
            firstInstance.InsertBeforeSelf(abstracts[1]);
        }
        else
        {
            numbering.Append(abstracts);
        }

        var cleanup = numbering.GetFirstChild<NumberingIdMacAtCleanup>();
        var instances = new List<NumberingInstance> { new(new AbstractNumId { Val = bulletAbstractId }) { NumberID = BulletNumId } };
        for (int i = 0; i < orderedLists.Count; i++)
        {
            var (level, start) = orderedLists[i];
            var instance = new NumberingInstance(new AbstractNumId { Val = orderedAbstractId }) { NumberID = BulletNumId + 1 + i };
            var levelOverride = new LevelOverride { LevelIndex = level };
            levelOverride.StartOverrideNumberingValue = new StartOverrideNumberingValue { Val = start };
            instance.Append(levelOverride);
            instances.Add(instance);
        }

        foreach (var instance in instances)
        {
            if (cleanup is not null)
            {
                cleanup.InsertBeforeSelf(instance);
            }
            else
            {
                numbering.Append(instance);
            }
        }
    }

    private static AbstractNum Abstract(int id, Func<int, Level> level)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        abstractNum.Append(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel });
        for (int i = 0; i <= MaxLevel; i++)
        {
            abstractNum.Append(level(i));
        }

        return abstractNum;
    }

    private static Level BulletLevel(int i) =>
        MakeLevel(i, NumberFormatValues.Bullet, i % 2 == 0 ? "\u2022" : "\u2013");

    private static Level OrderedLevel(int i)
    {
        var (format, text) = (i % 3) switch
        {
            0 => (NumberFormatValues.Decimal, "%{0}."),
            1 => (NumberFormatValues.LowerLetter, "%{0})"),
            _ => (NumberFormatValues.LowerRoman, "%{0})"),
        };
        return MakeLevel(i, format, string.Format(CultureInfo.InvariantCulture, text, i + 1));
    }

    private static Level MakeLevel(int i, NumberFormatValues format, string text)
    {
        var level = new Level { LevelIndex = i };
        level.StartNumberingValue = new StartNumberingValue { Val = 1 };
        level.NumberingFormat = new NumberingFormat { Val = format };
        level.LevelText = new LevelText { Val = text };
        level.LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left };
        level.PreviousParagraphProperties = new PreviousParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Number, Position = TextIndent(i) }),
            new Indentation
            {
                Left = TextIndent(i).ToString(CultureInfo.InvariantCulture),
                Hanging = Twips.ListStep.ToString(CultureInfo.InvariantCulture),
            });
        if (format == NumberFormatValues.Bullet)
        {
            level.NumberingSymbolRunProperties = new NumberingSymbolRunProperties(
                new RunFonts { Ascii = StylesBuilder.BodyFont, HighAnsi = StylesBuilder.BodyFont, Hint = FontTypeHintValues.Default });
        }

        return level;
    }
}
