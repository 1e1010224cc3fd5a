using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: given the context of one validation, the visitor that checks the document and
/// reports what it finds through <see cref="ValidationContext.ReportError"/>. All rules of a
/// validation share one walk of the document.
/// </summary>
public delegate ASTVisitor ValidationRule(ValidationContext context);
