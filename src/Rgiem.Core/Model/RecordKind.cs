namespace Rgiem.Core.Model;

/// <summary>What a record is (front matter <c>kind</c>).</summary>
public enum RecordKind
{
    /// <summary>The report of one meeting of the group (the default).</summary>
    Meeting,

    /// <summary>A progress report over several meetings (<c>kind: progress-report</c>), with the meetings it covers in <c>covers</c>.</summary>
    ProgressReport,
}
