from django import template

from proposals.blocks import article_anchor as make_article_anchor
from proposals.blocks import section_anchor as make_section_anchor

register = template.Library()


@register.filter
def article_anchor(number):
    return make_article_anchor(number)


@register.filter
def section_anchor(number):
    return make_section_anchor(number)
