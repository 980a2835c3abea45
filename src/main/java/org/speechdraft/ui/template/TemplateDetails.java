package org.speechdraft.ui.template;

/**
 * What the 存为模板 and 编辑信息 form asks.
 *
 * @param keepBody keep the body paragraphs as samples (存为模板 only)
 */
public record TemplateDetails(String name, String category, String description, boolean keepBody) {
}
