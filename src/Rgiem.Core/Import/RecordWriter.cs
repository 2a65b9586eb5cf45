using System.Text;

namespace Rgiem.Core.Import;

/// <summary>
/// Writes an <see cref="ImportedRecord"/> as a record: the front matter (the cover's fields, in the order the cover
/// shows them) and the body in Markdown (<see cref="MarkdownWriter"/>). LF line ends, UTF-8, ending with one
/// newline; the same record gives the same text.
/// </summary>
public static class RecordWriter
{
    public static string Write(ImportedRecord record)
    {
        var text = new StringBuilder();
        text.Append(FrontMatter(record.Cover));
        text.Append('\n');
        text.Append(MarkdownWriter.Write(record.Body));
        return text.ToString().TrimEnd('\n') + "\n";
    }

    public static string FrontMatter(ImportedCover cover)
    {
        var yaml = new StringBuilder("---\n");
        void Line(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yaml.Append(key).Append(": ").Append(YamlText.Scalar(value.Trim())).Append('\n');
            }
        }

        Line("number", cover.Number);
        Line("type", cover.Type);
        Line("parent", cover.Parent);
        Line("group", cover.Group);
        Line("study-period", cover.StudyPeriod);
        if (cover.Original is { } original && !string.Equals(original, "English", StringComparison.OrdinalIgnoreCase))
        {
            Line("original", original);
        }

        if (cover.Questions is { } questions)
        {
            yaml.Append("questions: ").Append(questions.Count == 0 ? "\"\"" : questions.Count == 1 ? YamlText.Scalar(questions[0]) : YamlText.Sequence(questions)).Append('\n');
        }

        if (cover.Meeting is { } meeting)
        {
            yaml.Append("meeting:\n");
            if (!string.IsNullOrWhiteSpace(meeting.Place))
            {
                yaml.Append("  place: ").Append(YamlText.Scalar(meeting.Place)).Append('\n');
            }

            if (meeting.From is { } from)
            {
                yaml.Append("  from: ").Append(YamlText.Date(from)).Append('\n');
            }

            if (meeting.To is { } to)
            {
                yaml.Append("  to: ").Append(YamlText.Date(to)).Append('\n');
            }
        }

        if (cover.Date is { } date)
        {
            yaml.Append("date: ").Append(YamlText.Date(date)).Append('\n');
        }

        Line("source", cover.Source);
        Line("title", cover.Title);
        Line("purpose", cover.Purpose);
        if (cover.ForAction.Count > 0)
        {
            yaml.Append("for-action: ").Append(YamlText.Sequence(cover.ForAction)).Append('\n');
        }

        if (cover.ForInformation.Count > 0)
        {
            yaml.Append("for-information: ").Append(YamlText.Sequence(cover.ForInformation)).Append('\n');
        }

        Line("approval", cover.Approval);
        if (cover.Deadline is { } deadline)
        {
            yaml.Append("deadline: ").Append(YamlText.Date(deadline)).Append('\n');
        }

        if (cover.Contacts.Count > 0)
        {
            yaml.Append("contacts:\n");
            foreach (var contact in cover.Contacts)
            {
                yaml.Append("  - name: ").Append(YamlText.Scalar(contact.Name)).Append('\n');
                foreach (var (key, value) in new[] { ("organization", contact.Organization), ("country", contact.Country), ("tel", contact.Tel), ("email", contact.Email) })
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        yaml.Append("    ").Append(key).Append(": ").Append(YamlText.Scalar(value.Trim())).Append('\n');
                    }
                }
            }
        }

        if (cover.Keywords.Count > 0)
        {
            yaml.Append("keywords: ").Append(YamlText.Sequence(cover.Keywords)).Append('\n');
        }

        Line("abstract", cover.Abstract);
        if (cover.ActionMore.Count > 0)
        {
            // Several blocks: Markdown in a literal block scalar.
            yaml.Append("action: |\n");
            string markdown = MarkdownWriter.Inlines(cover.Action) + "\n\n" + MarkdownWriter.Write(cover.ActionMore);
            foreach (string line in markdown.TrimEnd('\n').Split('\n'))
            {
                yaml.Append(line.Length == 0 ? string.Empty : "  " + line).Append('\n');
            }
        }
        else if (cover.Action.Count > 0)
        {
            Line("action", MarkdownWriter.Inlines(cover.Action));
        }

        if (cover.Toc)
        {
            yaml.Append("toc: true\n");
        }

        Line("toc-title", cover.TocTitle);

        foreach (var (key, value) in cover.Unread)
        {
            // Found on the cover, not understood (RG8201): kept for the user to write by hand.
            yaml.Append("# ").Append(key).Append(": ").Append(value.ReplaceLineEndings(" ")).Append('\n');
        }

        if (cover.SuggestedSessions.Count > 0 || cover.SuggestedDocuments.Count > 0)
        {
            // What the text states, never invented: the user checks it and removes the '# ' (RG8214 says so).
            yaml.Append("# Suggested from the text by rgiem import: check, then uncomment.\n");
            if (cover.SuggestedSessions.Count > 0)
            {
                yaml.Append("# sessions:\n");
                foreach (var session in cover.SuggestedSessions)
                {
                    yaml.Append("#   - {date: ").Append(YamlText.Date(session.Date)).Append(session.Time is { } time ? ", time: " + YamlText.Sequence([time])[1..^1] : string.Empty).Append("}\n");
                }
            }

            if (cover.SuggestedDocuments.Count > 0)
            {
                yaml.Append("# documents:\n");
                foreach (var document in cover.SuggestedDocuments)
                {
                    yaml.Append("#   - {number: ").Append(YamlText.Sequence([document.Number])[1..^1]);
                    if (document.Title is { } title)
                    {
                        yaml.Append(", title: ").Append(YamlText.DoubleQuoted(title));
                    }

                    if (document.Source is { } source)
                    {
                        yaml.Append(", source: ").Append(YamlText.DoubleQuoted(source));
                    }

                    yaml.Append("}\n");
                }
            }
        }

        yaml.Append("---\n");
        return yaml.ToString();
    }
}
