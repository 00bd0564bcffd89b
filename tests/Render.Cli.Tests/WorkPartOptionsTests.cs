using System.CommandLine;
using Render.Cli.Commands;
using Render.Model.Jobs;

namespace Render.Cli.Tests;

/// <summary>How a long job's share is chosen: render's render groups, <c>--part</c>, then a job array's environment.</summary>
public sealed class WorkPartOptionsTests
{
    [Theory]
    [InlineData("", "", 0, 1)]
    [InlineData("--part 3/10", "", 2, 10)]
    [InlineData("--render-group 2 --number-of-render-groups 4", "", 1, 4)]
    [InlineData("--part 1/2", "SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=8", 0, 2)]
    [InlineData("", "SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=8", 5, 8)]
    [InlineData("", "SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=8 SLURM_ARRAY_TASK_MIN=1", 4, 8)]
    [InlineData("--parts 6", "JOB_COMPLETION_INDEX=0", 0, 6)]
    [InlineData("--parts 6", "JOB_COMPLETION_INDEX=5", 5, 6)]
    public void Resolve_OptionsThenEnvironment_ThePart(string arguments, string environment, int index, int count)
    {
        var part = Resolve(arguments, environment);

        Assert.Equal(new WorkPart(index, count), part);
    }

    [Theory]
    [InlineData("--part 3/10 --render-group 1 --number-of-render-groups 2", "", "give one of them")]
    [InlineData("--render-group 3 --number-of-render-groups 2", "", "must be greater than the renderGroup")]
    [InlineData("--part 11/10", "", "part 11 of 10 does not exist")]
    [InlineData("--part ten", "", "is not of the form i/n")]
    [InlineData("", "JOB_COMPLETION_INDEX=2", "pass --parts N")]
    [InlineData("--parts 4", "", "--parts needs JOB_COMPLETION_INDEX")]
    [InlineData("", "SLURM_ARRAY_TASK_ID=x SLURM_ARRAY_TASK_COUNT=8", "SLURM_ARRAY_TASK_ID must be a whole number")]
    [InlineData("", "SLURM_ARRAY_TASK_ID=9 SLURM_ARRAY_TASK_COUNT=8", "part 10 of 8 does not exist")]
    public void Resolve_BadValues_PlainMessage(string arguments, string environment, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(arguments, environment));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTo_WithoutRenderGroups_RefusesThem()
    {
        var options = new WorkPartOptions(withRenderGroups: false);
        var command = new Command("job");
        options.AddTo(command);

        var parse = command.Parse(["--render-group", "1"]);

        Assert.NotEmpty(parse.Errors);
    }

    private static WorkPart Resolve(string arguments, string environment)
    {
        var options = new WorkPartOptions(withRenderGroups: true);
        var command = new Command("job");
        options.AddTo(command);
        var parse = command.Parse(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(parse.Errors);
        var variables = environment.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return options.Resolve(parse, name => variables.GetValueOrDefault(name));
    }
}
