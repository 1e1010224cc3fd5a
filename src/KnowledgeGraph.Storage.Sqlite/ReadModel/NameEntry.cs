namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>One suffix of a normalised name that starts at a word: which actor, which of its names, where the suffix starts.</summary>
internal readonly record struct NameEntry(int Actor, ushort Name, ushort Offset);
