namespace Render.Server.Tests.Faults;

/// <summary>A test that needs a <see cref="SmallDisk"/>: skipped, with the reason shown, where none can be mounted.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
