function __confident_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __confident_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __confident_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __confident_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __confident_parse_tokens -S
    set -l unparsed_tokens (__confident_tokens -pc)
    switch $unparsed_tokens[1]
    case 'confident'
        __confident_parse_subcommand 0 'h/help'
        switch $unparsed_tokens[1]
        case 'cas'
            __confident_parse_subcommand -r 1 'scenarios=+' 'data-dir=' 'json' 'h/help'
        case 'jouer'
            __confident_parse_subcommand 1 'scenarios=+' 'data-dir=' 'seed=' 'ordre-fixe' 'auteur' 'h/help'
        case 'reference'
            __confident_parse_subcommand 1 'scenarios=+' 'data-dir=' 'h/help'
        case 'verifier'
            __confident_parse_subcommand -r 1 'scenarios=+' 'data-dir=' 'strict' 'sans-couverture' 'h/help'
        case 'pratique'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'seed=' 'ordre-fixe' 'nombre=' 'nouveaux=' 'point=' 'theme=' 'sans-certitude' 'h/help'
        case 'progression'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'json' 'h/help'
        case 'oublier'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'oui' 'h/help'
        case 'evaluation'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'seed=' 'nombre=' 'rapport=' 'h/help'
        case 'groupe'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'seed=' 'ordre-fixe' 'cas=' 'point=' 'theme=' 'seance=' 'equipes=' 'minuterie=' 'debrief=' 'notes=' 'ascii' 'reprendre' 'salle' 'ecoute=' 'port=' 'h/help'
        case 'nouveau'
            __confident_parse_subcommand 1 'scenarios=+' 'data-dir=' 'point=' 'sortie=' 'h/help'
        case 'exporter'
            __confident_parse_subcommand 0 'scenarios=+' 'data-dir=' 'format=' 'sortie=' 'cas=+' 'point=+' 'h/help'
        case 'help'
            __confident_parse_subcommand -r 1 
        end
    end
end

function __confident_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __confident_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __confident_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __confident_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__confident_tokens -p)
    if test -z "$(__confident_tokens -t)"
        set -l index (count (__confident_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'confident' -f
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'cas' -d 'Liste les cas (n°, titre, id, points, niveau), ceux d\'un point ou d\'une recherche.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'jouer' -d 'Joue un cas puis quitte.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'reference' -d 'Affiche une référence ou un fondement du catalogue.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'verifier' -d 'Vérifie des fichiers de scénarios et signale toutes les erreurs.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'pratique' -d 'Révisions du jour et nouveaux cas, avec votre certitude.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'progression' -d 'Maîtrise par point et par fondement, calibration de la certitude.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'oublier' -d 'Efface votre progression (réponses, révisions, session en cours).'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'evaluation' -d 'Auto-évaluation : 15 questions, un profil et une recommandation.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'groupe' -d 'Séance de groupe projetée : votes, révélation, second vote, débrief.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'nouveau' -d 'Écrit le squelette commenté d\'un nouveau cas, à compléter.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'exporter' -d 'Exporte les cas pour Moodle ou vos résultats en CSV.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident cas"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident cas" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident cas" json' -l 'json' -d 'Sortie JSON (un tableau d\'objets).'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident cas" -ge 1' -fka '(__confident_custom_completion ---completion cas -- positional@0 (count (__confident_tokens -pc)) (__confident_tokens -tC))'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident cas" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer" seed' -l 'seed' -d 'Graine du tirage : le même nombre donne le même ordre des options.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer" fixed-order ordre-fixe' -l 'ordre-fixe' -l 'fixed-order' -d 'Options dans l\'ordre du fichier (auteurs, tests).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer" auteur author' -l 'auteur' -l 'author' -d 'Montre la note du formateur, les indices, les notes d\'auteur et le corrigé.'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident jouer" -eq 1' -fka '(__confident_custom_completion ---completion jouer -- positional@0 (count (__confident_tokens -pc)) (__confident_tokens -tC))'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident jouer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident reference"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident reference" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident reference" -eq 1' -fka '(__confident_custom_completion ---completion reference -- positional@0 (count (__confident_tokens -pc)) (__confident_tokens -tC))'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident reference" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident verifier"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident verifier" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident verifier" strict' -l 'strict' -d 'Les avertissements comptent comme des erreurs.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident verifier" no-coverage sans-couverture' -l 'sans-couverture' -l 'no-coverage' -d 'Sans le tableau ni les avertissements de couverture (un dossier local).'
complete -c 'confident' -n '__confident_should_offer_completions_for_positional "confident verifier" -ge 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident verifier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" seed' -l 'seed' -d 'Graine du tirage : le même nombre donne le même ordre des options.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" fixed-order ordre-fixe' -l 'ordre-fixe' -l 'fixed-order' -d 'Options dans l\'ordre du fichier (auteurs, tests).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" count nombre' -l 'nombre' -l 'count' -d 'Nombre de cas de la session (10 par défaut).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" new nouveaux' -l 'nouveaux' -l 'new' -d 'Nouveaux cas par jour au plus (5 par défaut).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" point' -l 'point' -d 'Seulement les cas d\'un point du programme.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" theme' -l 'theme' -d 'Seulement les cas d\'un thème (ou d\'une recherche).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" no-certainty sans-certitude' -l 'sans-certitude' -l 'no-certainty' -d 'Ne demande pas la certitude.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident pratique" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident progression"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident progression" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident progression" json' -l 'json' -d 'Les mêmes chiffres en JSON.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident progression" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident oublier"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident oublier" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident oublier" oui yes' -l 'oui' -l 'yes' -d 'Sans demander de confirmation (scripts).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident oublier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation" seed' -l 'seed' -d 'Graine du tirage : le même nombre donne les mêmes questions, dans le même ordre.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation" count nombre' -l 'nombre' -l 'count' -d 'Nombre de questions (1 à 60, 15 par défaut).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation" rapport report' -l 'rapport' -l 'report' -d 'Écrit le rapport à la fin (FICHIER.md ou FICHIER.html).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident evaluation" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" seed' -l 'seed' -d 'Graine du tirage : le même nombre donne le même ordre des options.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" fixed-order ordre-fixe' -l 'ordre-fixe' -l 'fixed-order' -d 'Options dans l\'ordre du fichier (auteurs, tests).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" cas' -l 'cas' -d 'Les cas, dans l\'ordre : identifiants ou numéros séparés par des virgules.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" point' -l 'point' -d 'Les cas d\'un point du programme (ex. I.4).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" theme' -l 'theme' -d 'Les cas qui répondent à une recherche (ex. police).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" seance' -l 'seance' -d 'Une séance préparée (fichier YAML « seance: »).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" equipes' -l 'equipes' -d 'Les équipes, séparées par des virgules.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" minuterie' -l 'minuterie' -d 'Secondes par vote, affichées à l\'invite.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" debrief' -l 'debrief' -d 'Écrit le débrief en Markdown dans ce fichier à la fin.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" notes' -l 'notes' -d 'Écrit la note du formateur du cas en cours dans ce fichier (à suivre dans un second terminal).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" ascii' -l 'ascii' -d 'Barres en caractères ASCII (#).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" reprendre' -l 'reprendre' -d 'Reprend la séance interrompue à la même phase, avec tous les votes.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" salle' -l 'salle' -d 'La salle vote aussi depuis ses téléphones (serveur sur cet ordinateur, rien ne sort).'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" ecoute' -l 'ecoute' -d 'Avec --salle, l\'adresse d\'écoute : 0.0.0.0 pour le Wi-Fi de la salle (défaut : 127.0.0.1, cet ordinateur seul).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" port' -l 'port' -d 'Avec --salle, le port d\'écoute (défaut : 8470 ; 0 : au choix du système).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident groupe" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident nouveau"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident nouveau" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident nouveau" point' -l 'point' -d 'Point du programme du cas.' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident nouveau" output sortie' -l 'sortie' -l 'output' -d 'Fichier à écrire (par défaut <id>.yaml).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident nouveau" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter"' -l 'scenarios' -d 'Dossier de cas ajouté à la banque livrée (répétable).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter" data-dir' -l 'data-dir' -d 'Dossier des données de l\'utilisateur (sinon CONFIDENT_HOME).' -rfa '(__confident_complete_directories)'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter" format' -l 'format' -d 'moodle-xml, gift, csv (vos réponses) ou csv-cas (un résumé par cas).' -rfka 'moodle-xml gift csv csv-cas'
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter" output sortie' -l 'sortie' -l 'output' -d 'Fichier à écrire (sinon la sortie standard).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter"' -l 'cas' -d 'Un cas à exporter (répétable).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter"' -l 'point' -d 'Les cas d\'un point du programme (répétable).' -rfka ''
complete -c 'confident' -n '__confident_should_offer_completions_for_flags_or_options "confident exporter" h help' -s 'h' -l 'help' -d 'Show help information.'
