namespace Render.Imaging.Filters;

/// <summary>Hoare's selection: the n-th smallest of some values without sorting them all.</summary>
internal static class Selection
{
    /// <summary>The value that would be at index <paramref name="n"/> if <paramref name="values"/> were sorted; reorders the values.</summary>
    public static float NthSmallest(Span<float> values, int n)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[n];
            int i = left, j = right;
            do
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (pivot < values[j])
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            while (i <= j);

            if (j < n)
            {
                left = i;
            }

            if (n < i)
            {
                right = j;
            }
        }

        return values[n];
    }
}
