"""disbridge: Inferno builtin modules, built, linked and called as the Dis VM would."""
