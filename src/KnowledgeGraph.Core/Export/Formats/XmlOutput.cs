using System.Text;
using System.Xml;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>The XML writer settings GraphML and GEXF share.</summary>
internal static class XmlOutput
{
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    // Entitize keeps carriage returns in evidence: a parser would otherwise fold "\r\n" into "\n". No indentation:
    // these files are read by tools, and indenting a million edges costs a sixth of the file and of the time. No
    // character checking: every text goes through XmlText first and ids are slugs, so a second scan of each
    // character by the writer would only repeat that work.
    public static XmlWriter Create(Stream output, ConformanceLevel conformance = ConformanceLevel.Document) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = false,
        CloseOutput = false,
        ConformanceLevel = conformance,
        OmitXmlDeclaration = conformance == ConformanceLevel.Fragment,
    });
}
