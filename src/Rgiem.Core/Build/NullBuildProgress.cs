namespace Rgiem.Core.Build;

/// <summary>A build that tells nothing while it runs.</summary>
public sealed class NullBuildProgress : IBuildProgress
{
    public static NullBuildProgress Instance { get; } = new();

    private NullBuildProgress()
    {
    }

    public void Started(int files)
    {
    }

    public void RecordDone()
    {
    }

    public void Checked()
    {
    }

    public void Detail(string message)
    {
    }

    public bool WantsDetail => false;
}
