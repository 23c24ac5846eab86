# $@Name@: a builtin module written in Inferno C (@name@.c).
# disbridge builds and tests it; `disbridge port -M @name@.m:@name@.c` puts it in emu.
@Name@: module
{
	PATH:	con "$@Name@";

	count:	fn(buf: array of byte, c: int): int;	# how many bytes of buf are c
	upper:	fn(s: string): string;			# s with ASCII letters in upper case
};
