using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Delta;

/// <summary>Makes the revision marks of one document: one author, one date, ids numbered from 1 in document order.</summary>
internal sealed class Revisions(string author, DateTime? date)
{
    private int next = 1;

    /// <summary>How many revision marks were made.</summary>
    public int Count => next - 1;

    public InsertedRun InsertedRun() => Stamp(new InsertedRun());

    public DeletedRun DeletedRun() => Stamp(new DeletedRun());

    public Inserted Inserted() => Stamp(new Inserted());

    public Deleted Deleted() => Stamp(new Deleted());

    /// <summary>A formatting change whose previous formatting is <paramref name="previous"/> (null: none).</summary>
    public RunPropertiesChange FormatChange(RunProperties? previous)
    {
        var change = Stamp(new RunPropertiesChange());
        var old = new PreviousRunProperties();
        if (previous is not null)
        {
            foreach (var child in previous.ChildElements.Where(c => c is not RunPropertiesChange))
            {
                old.Append(child.CloneNode(true));
            }
        }

        change.Append(old);
        return change;
    }

    private T Stamp<T>(T element)
        where T : OpenXmlElement
    {
        string id = (next++).ToString(CultureInfo.InvariantCulture);
        switch (element)
        {
            case RunTrackChangeType run:
                run.Id = id;
                run.Author = author;
                run.Date = date is { } d ? new DateTimeValue(d) : null;
                break;
            case TrackChangeType mark:
                mark.Id = id;
                mark.Author = author;
                mark.Date = date is { } d2 ? new DateTimeValue(d2) : null;
                break;
            case RunPropertiesChange change:
                change.Id = id;
                change.Author = author;
                change.Date = date is { } d3 ? new DateTimeValue(d3) : null;
                break;
        }

        return element;
    }
}
