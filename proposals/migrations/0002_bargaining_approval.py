from django.db import migrations

from home.roles import BARGAINING_LEADS, sync_groups

WORKFLOW = "Bargaining approval"
TASK = "Bargaining lead approval"


def create_bargaining_workflow(apps, schema_editor):
    """The Bargaining leads group and the workflow its members approve proposals through."""
    sync_groups(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(Group.objects.get(name=BARGAINING_LEADS))
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("proposals", "0001_initial"),
        ("home", "0004_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_bargaining_workflow, migrations.RunPython.noop)]
