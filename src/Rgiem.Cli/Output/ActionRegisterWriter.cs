using System.Globalization;
using Rgiem.Core.Repository;

namespace Rgiem.Cli.Output;

/// <summary>
/// Prints the action register (<c>rgiem actions</c>): a table, or JSON (<c>formatVersion</c> 1) or CSV with the
/// columns id, meeting, date, target, text, status, statusSetIn, group, path, line (docs/output-formats.md).
/// </summary>
internal static class ActionRegisterWriter
{
    public const int FormatVersion = 1;

    public static readonly IReadOnlyList<string> Columns = ["id", "meeting", "date", "target", "text", "status", "statusSetIn", "group", "path", "line"];

    public static void Write(IReadOnlyList<RegisteredAction> actions, RegisterFormat format, TextWriter output)
    {
        switch (format)
        {
            case RegisterFormat.Json:
                RegisterOutput.WriteJson(output, FormatVersion, "actions", "actions", actions, (json, action) =>
                {
                    json.WriteString("id", action.Id);
                    json.WriteString("meeting", action.Meeting);
                    json.WriteNullableString("date", action.Date is null ? null : RegisterRun.Date(action.Date));
                    json.WriteString("target", action.Target);
                    json.WriteString("text", action.Text);
                    json.WriteNullableString("status", action.Status);
                    json.WriteNullableString("statusSetIn", action.StatusSetIn);
                    json.WriteNullableString("group", action.Group);
                    json.WriteString("path", action.Path);
                    json.WriteNumber("line", action.Line);
                });
                break;

            case RegisterFormat.Csv:
                RegisterOutput.WriteCsv(output, Columns, actions, action =>
                    [action.Id, action.Meeting, RegisterRun.Date(action.Date), action.Target, action.Text, action.Status, action.StatusSetIn, action.Group, action.Path, action.Line.ToString(CultureInfo.InvariantCulture)]);
                break;

            default:
                TextTable.Write(
                    output,
                    ["ID", "MEETING", "DATE", "TARGET", "STATUS", "TEXT"],
                    actions.Select(a => (IReadOnlyList<string>)[a.Id, a.Meeting, RegisterRun.Date(a.Date), a.Target, a.Status ?? "-", a.Text]).ToList());
                int records = actions.Select(a => a.Meeting).Distinct(StringComparer.Ordinal).Count();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actions: {actions.Count} action(s) of {records} meeting(s)"));
                break;
        }
    }
}
