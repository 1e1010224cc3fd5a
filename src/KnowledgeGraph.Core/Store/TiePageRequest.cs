using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// Which slice of an actor's date-ordered ties to read, in Relay's terms: at most <see cref="First"/> after the tie
/// <see cref="After"/>, or at most <see cref="Last"/> before the tie <see cref="Before"/>. Cursors are tie ids.
/// </summary>
public sealed record TiePageRequest
{
    /// <value>Keep at most this many from the start of the slice; null keeps all.</value>
    public int? First { get; init; }

    /// <value>Start after the tie with this id; null starts at the beginning.</value>
    public string? After { get; init; }

    /// <value>Keep at most this many from the end of the slice; null keeps all.</value>
    public int? Last { get; init; }

    /// <value>End before the tie with this id; null ends at the end.</value>
    public string? Before { get; init; }

    /// <summary>Refuses a missing request or a negative count, as every store must.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="First"/> or <see cref="Last"/> is negative.</exception>
    public static void ThrowIfInvalid([NotNull] TiePageRequest? page, [CallerArgumentExpression(nameof(page))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(page, name);
        ArgumentOutOfRangeException.ThrowIfNegative(page.First ?? 0, name);
        ArgumentOutOfRangeException.ThrowIfNegative(page.Last ?? 0, name);
    }
}
