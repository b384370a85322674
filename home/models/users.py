from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import MemberRole


class UserManager(BaseUserManager):
    """Users sign in with their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A member, retiree, educator or staff person. Families and students never need an account."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The site and the e-mails we send you use this language."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    school = models.ForeignKey(
        "home.School",
        verbose_name=_("school or worksite"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    member_role = models.CharField(
        _("role"), max_length=20, choices=MemberRole.choices, default=MemberRole.MEMBER, db_index=True
    )
    years_of_service = models.PositiveSmallIntegerField(_("years of service"), null=True, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def is_educator(self):
        return self.member_role == MemberRole.EDUCATOR

    @property
    def is_retiree(self):
        return self.member_role == MemberRole.RETIREE

    def save(self, *args, **kwargs):
        # One address, one account, whatever the capitals someone typed.
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
