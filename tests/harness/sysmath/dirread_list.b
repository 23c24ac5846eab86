implement DirreadList;
include "sys.m";
	sys: Sys;
include "draw.m";
DirreadList: module { init: fn(nil: ref Draw->Context, nil: list of string); };
D: con "/tmp/dbg-sysmath-dirread";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r755);
	names := array[] of {"zeta", "alpha", "mid.txt", "sub"};
	for(i := 0; i < len names; i++){
		if(names[i] == "sub")
			sys->create(D+"/"+names[i], Sys->OREAD, Sys->DMDIR|8r700);
		else{
			fd := sys->create(D+"/"+names[i], Sys->OWRITE, 8r644);
			sys->write(fd, array of byte names[i], len names[i]);
		}
	}
	fd := sys->open(D, Sys->OREAD);
	found := array[10] of string;
	nf := 0;
	total := 0;
	for(;;){
		(n, dirs) := sys->dirread(fd);
		if(n <= 0){
			sys->print("end %d\n", n);
			break;
		}
		total += n;
		for(j := 0; j < n; j++)
			found[nf++] = sys->sprint("%s len=%bd dir=%d mode=%uo", dirs[j].name, dirs[j].length, (dirs[j].mode & Sys->DMDIR) != 0, dirs[j].mode & 8r777);
	}
	# sort by hand: the order of a host directory is not fixed
	for(i = 1; i < nf; i++)
		for(j := i; j > 0 && found[j] < found[j-1]; j--)
			(found[j], found[j-1]) = (found[j-1], found[j]);
	sys->print("total %d\n", total);
	for(i = 0; i < nf; i++)
		sys->print("%s\n", found[i]);
	(n, nil) := sys->dirread(fd);
	sys->print("again %d\n", n);
	ffd := sys->open(D+"/alpha", Sys->OREAD);
	(n, nil) = sys->dirread(ffd);
	sys->print("dirread on file %d [%r]\n", n);
	ffd = fd = nil;
	for(i = 0; i < len names; i++)
		sys->remove(D+"/"+names[i]);
	sys->print("rm %d\n", sys->remove(D));
}
