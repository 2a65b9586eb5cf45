namespace Rgiem.Core.Build;

/// <summary>What a build tells its user while it runs (the CLI's progress line and <c>--verbose</c> notes).</summary>
public interface IBuildProgress
{
    /// <summary>The records are about to be read: <paramref name="files"/> files may be records.</summary>
    void Started(int files);

    /// <summary>One more record read, checked and (for a build) rendered; called from any thread.</summary>
    void RecordDone();

    /// <summary>The records are all checked (the progress line may go).</summary>
    void Checked();

    /// <summary>A note for <c>--verbose</c>: what a step did and how long it took.</summary>
    void Detail(string message);

    /// <summary>Whether <see cref="Detail"/> shows anything: the notes' costlier parts (reading the process's memory) are skipped when not.</summary>
    bool WantsDetail { get; }
}
