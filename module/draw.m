# Draw, as far as harnesses need it: the type of init's first argument.
# disbridge serves no $Draw: loading it fails with "module not built-in".
Draw: module
{
	PATH:	con "$Draw";

	Context: adt
	{
	};
};
