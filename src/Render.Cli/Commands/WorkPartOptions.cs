using System.Globalization;
using Render.Model.Jobs;

namespace Render.Cli.Commands;

/// <summary>
/// Which share of a long job (matching, mipmaps, box pyramids, export) this process does, so that a
/// cluster's job array splits the work without a scheduler of ours. In order of precedence:
/// render's <c>--render-group</c>/<c>--number-of-render-groups</c> on the commands that have them,
/// <c>--part I/N</c> (1-based), a Slurm array task (<c>SLURM_ARRAY_TASK_ID</c> counted from
/// <c>SLURM_ARRAY_TASK_MIN</c>, of <c>SLURM_ARRAY_TASK_COUNT</c>), a Kubernetes indexed Job
/// (<c>JOB_COMPLETION_INDEX</c>, 0-based, of <c>--parts N</c>), else the whole job.
/// </summary>
internal sealed class WorkPartOptions
{
    private readonly bool _withRenderGroups;

    /// <summary>The options; <paramref name="withRenderGroups"/> adds render's render-group pair.</summary>
    public WorkPartOptions(bool withRenderGroups) => _withRenderGroups = withRenderGroups;

    public Option<string?> Part { get; } = new("--part")
    {
        Description = "do part I of N of the work (1-based, e.g. 3/10); default: the job array's task (SLURM_ARRAY_TASK_ID/COUNT, JOB_COMPLETION_INDEX with --parts), else all",
    };

    public Option<int?> Parts { get; } = new("--parts")
    {
        Description = "how many parts a Kubernetes indexed Job splits the work into (its completions), with JOB_COMPLETION_INDEX",
    };

    public Option<int?> RenderGroup { get; } = new("--render-group") { Description = "render's render group (1-n) this process does" };

    public Option<int?> NumberOfRenderGroups { get; } = new("--number-of-render-groups") { Description = "render's total number of render groups" };

    public void AddTo(Command command)
    {
        if (_withRenderGroups)
        {
            command.Options.Add(RenderGroup);
            command.Options.Add(NumberOfRenderGroups);
        }

        command.Options.Add(Part);
        command.Options.Add(Parts);
    }

    /// <summary>The part from the options, then the process's environment.</summary>
    /// <exception cref="ArgumentException">Conflicting or malformed values, with a message for the user.</exception>
    public WorkPart Resolve(ParseResult parse) => Resolve(parse, Environment.GetEnvironmentVariable);

    /// <summary>The part from the options, then <paramref name="environment"/>.</summary>
    /// <exception cref="ArgumentException">Conflicting or malformed values, with a message for the user.</exception>
    public WorkPart Resolve(ParseResult parse, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(environment);
        int? group = _withRenderGroups ? parse.GetValue(RenderGroup) : null;
        int? groups = _withRenderGroups ? parse.GetValue(NumberOfRenderGroups) : null;
        var part = parse.GetValue(Part);
        if (group is not null || groups is not null)
        {
            return part is null
                ? WorkPart.FromRenderGroup(group, groups)
                : throw new ArgumentException("--part and --render-group/--number-of-render-groups name the same thing: give one of them");
        }

        return part is not null ? WorkPart.Parse(part) : FromEnvironment(parse.GetValue(Parts), environment);
    }

    private static WorkPart FromEnvironment(int? parts, Func<string, string?> environment)
    {
        var slurmTask = environment("SLURM_ARRAY_TASK_ID");
        if (!string.IsNullOrEmpty(slurmTask))
        {
            var count = Number(environment("SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_COUNT");
            var first = string.IsNullOrEmpty(environment("SLURM_ARRAY_TASK_MIN")) ? 0 : Number(environment("SLURM_ARRAY_TASK_MIN"), "SLURM_ARRAY_TASK_MIN");
            return new WorkPart(Number(slurmTask, "SLURM_ARRAY_TASK_ID") - first, parts ?? count);
        }

        var completionIndex = environment("JOB_COMPLETION_INDEX");
        if (!string.IsNullOrEmpty(completionIndex))
        {
            var count = parts ?? throw new ArgumentException("JOB_COMPLETION_INDEX is set but not how many parts there are: pass --parts N (the Job's completions)");
            return new WorkPart(Number(completionIndex, "JOB_COMPLETION_INDEX"), count);
        }

        return parts is null or 1 ? WorkPart.All : throw new ArgumentException("--parts needs JOB_COMPLETION_INDEX (a Kubernetes indexed Job); use --part I/N otherwise");
    }

    private static int Number(string? value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name} must be a whole number, not '{value}'");
}
