namespace Render.Imaging.Filters;

/// <summary>Runs a row operation over every row, rows in parallel; the operation is a struct so that its call inlines.</summary>
internal static class FilterRows
{
    /// <summary>Invokes <paramref name="operation"/> for rows 0 to <paramref name="height"/> − 1.</summary>
    public static void Run<TOperation>(int height, TOperation operation)
        where TOperation : struct, IRowOperation
    {
        if (height < 32)
        {
            for (var y = 0; y < height; y++)
            {
                operation.Invoke(y);
            }

            return;
        }

        Parallel.For(0, height, y => operation.Invoke(y));
    }
}
