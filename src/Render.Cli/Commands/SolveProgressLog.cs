using System.Diagnostics;
using System.Globalization;
using Render.Alignment;

namespace Render.Cli.Commands;

/// <summary>
/// Progress of <c>render solve</c> on standard error, one line each, with the seconds since the
/// start: reading, the library's phases, lambdas and iterations, saving. Steps of a long phase are
/// written at most once a second (and the last one always), so a log file stays short.
/// Thread-safe: the reads and saves report from several requests at once.
/// </summary>
internal sealed class SolveProgressLog(TextWriter error) : IProgress<SolveProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastStep = TimeSpan.FromSeconds(-1);

    /// <summary>A phase starts or ends.</summary>
    public void Phase(string phase, string message) => Write($"{phase}: {message}");

    /// <summary><paramref name="done"/> of <paramref name="total"/> steps of <paramref name="phase"/> are done.</summary>
    public void Step(string phase, int done, int total, string unit)
    {
        lock (_gate)
        {
            if (done < total && _clock.Elapsed - _lastStep < TimeSpan.FromSeconds(1))
            {
                return;
            }

            _lastStep = _clock.Elapsed;
        }

        Write($"{phase}: {done}/{total} {unit}");
    }

    /// <summary>The library's report of a phase, lambda or iteration (its messages name the lambda and iteration).</summary>
    public void Report(SolveProgress value) => Write($"{value.Phase}: {value.Message}");

    private void Write(string line)
    {
        lock (_gate)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render solve: {_clock.Elapsed.TotalSeconds,7:0.0} s  {line}"));
        }
    }
}
